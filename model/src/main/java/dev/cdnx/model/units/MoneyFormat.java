package dev.cdnx.model.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one display form of an amount of money, for command-line text, reports and panels alike:
 * rounded to the cent (half up), English separators whatever the machine's locale, the sheet's currency
 * as a sign where it has a common one ({@code $308,333.05}, {@code €12.50}, {@code -$4.00}) and as its
 * code otherwise ({@code GBP 9.99}).
 */
public final class MoneyFormat {

    private MoneyFormat() {}

    /** The amount in {@code currency} (an ISO code or a sign; null means US dollars). */
    public static String format(BigDecimal amount, String currency) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = f.format(cents.abs());
        return (cents.signum() < 0 ? "-" : "") + sign(currency) + digits;
    }

    private static String sign(String currency) {
        if (currency == null || currency.equals("USD") || currency.equals("$")) {
            return "$";
        }
        if (currency.equals("EUR") || currency.equals("€")) {
            return "€";
        }
        if (currency.length() == 1) {
            return currency;
        }
        return currency + " ";
    }
}
