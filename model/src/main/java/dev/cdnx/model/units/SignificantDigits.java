package dev.cdnx.model.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounds a number for display to a count of significant digits without ever losing a digit of its
 * integer part: 812.6 → "813", 800 → "800", 12.34 → "12.3", 1.50 → "1.5". Trailing zeros are dropped
 * only after the decimal point (dropping them from "800" would print 8).
 */
final class SignificantDigits {

    private SignificantDigits() {}

    /** {@code v} to {@code digits} significant digits (half up), plain notation; NaN and infinities as words. */
    static String round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP));
        if (r.scale() < 0) {
            // 812.6 to three digits is 8.13E+2: the integer part is written out in full.
            return r.setScale(0).toPlainString();
        }
        BigDecimal stripped = r.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
