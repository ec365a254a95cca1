package dev.cdnx.model.cost;

import dev.cdnx.model.units.MoneyFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Exact arithmetic for the bill: bytes to decimal gigabytes (1 GB = 10^9 bytes, so 1 PB = 1,000,000 GB),
 * ratios written as decimals ({@code 0.85} is exactly 0.85, not the nearest double), amounts rounded to
 * the cent half-up, and display forms with thousands separators.
 */
public final class Money {

    /** Precision of intermediate results (34 digits): far beyond a cent on any bill. */
    public static final MathContext MC = MathContext.DECIMAL128;

    private Money() {}

    /** Bytes as decimal gigabytes, exactly. */
    public static BigDecimal gigabytes(long bytes) {
        BigDecimal gb = BigDecimal.valueOf(bytes, 9).stripTrailingZeros();
        return gb.scale() < 0 ? gb.setScale(0) : gb;
    }

    /** A ratio or factor as written in decimal (the shortest decimal that reads back as this double). */
    public static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value));
    }

    /** Rounded to the cent, half up. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code $37,500.00}: the one money display form, {@link MoneyFormat}. */
    public static String format(BigDecimal amount, String currency) {
        return MoneyFormat.format(amount, currency);
    }

    /** A quantity with thousands separators and up to {@code decimals} decimals, trailing zeros dropped. */
    public static String number(BigDecimal value, int decimals) {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("#".repeat(decimals));
        }
        DecimalFormat f = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
