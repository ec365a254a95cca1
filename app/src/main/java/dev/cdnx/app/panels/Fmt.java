package dev.cdnx.app.panels;

import dev.cdnx.model.units.MoneyFormat;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting shared by the panels (fixed English separators, so screenshots and tests agree). */
public final class Fmt {

    private Fmt() {}

    /** "$12,345.67": the model's one money display form, so panels and reports agree; "" for no amount. */
    public static String money(BigDecimal amount, String currency) {
        return amount == null ? "" : MoneyFormat.format(amount, currency);
    }

    /** A number with a given count of decimals and thousands separators. */
    public static String number(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("0".repeat(decimals));
        }
        return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /**
     * A count short enough for a crowded axis: 950 → "950", 1,000 → "1k", 2,500 → "2.5k", 50,000 → "50k",
     * 1,000,000 → "1M". Exact for whole thousands and millions; other values round to one decimal.
     */
    public static String compactCount(double v) {
        double a = Math.abs(v);
        if (a >= 1_000_000) {
            return trimmed(v / 1_000_000) + "M";
        }
        if (a >= 1_000) {
            return trimmed(v / 1_000) + "k";
        }
        return number(v, 0);
    }

    private static String trimmed(double v) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** A ratio as a percentage with one decimal: 0.9312 → "93.1%". */
    public static String percent(double ratio) {
        return Double.isNaN(ratio) ? "–" : number(ratio * 100, 1) + "%";
    }
}
