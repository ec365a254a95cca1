package dev.cdnx.model.units;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money per unit of something, written {@code "$0.05/GB"}, {@code "$0.0075/10k"} (per 10,000 requests),
 * {@code "$0.023/GB-month"}, {@code "$0.50/M"} (per million), {@code "$120/month"} or {@code "€0.04/GB"}.
 * The amount is exact ({@link BigDecimal}) so seed figures come out to the cent.
 */
public record Price(String currency, BigDecimal amount, String per) {

    private static final Pattern FORM =
            Pattern.compile("\\s*([$€£¥]|[A-Z]{3}\\s)?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*([A-Za-z0-9.\\-]+))?\\s*");

    /**
     * Reads a written price.
     *
     * @throws UnitFormatException when the text is not a price
     */
    public static Price parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UnitFormatException(
                    "a price like \"$0.05/GB\", \"$0.0075/10k\", \"$0.50/M\" or" + " \"$0.023/GB-month\"", text);
        }
        String currency = m.group(1) == null ? "$" : m.group(1).trim();
        String per = m.group(3) == null ? "unit" : m.group(3);
        return new Price(currency, new BigDecimal(m.group(2)), per);
    }

    /** How many of the base things one {@code per} stands for: 10k → 10,000; M → 1,000,000; GB → 1. */
    public BigDecimal perQuantity() {
        String p = per.toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)([km]?)").matcher(p);
        if (m.matches()) {
            BigDecimal n = new BigDecimal(m.group(1));
            return m.group(2).equals("k")
                    ? n.multiply(BigDecimal.valueOf(1000))
                    : m.group(2).equals("m") ? n.multiply(BigDecimal.valueOf(1_000_000)) : n;
        }
        if (p.equals("m") || p.equals("million")) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (p.equals("k")) {
            return BigDecimal.valueOf(1000);
        }
        return BigDecimal.ONE;
    }

    @Override
    public String toString() {
        return currency + amount.toPlainString() + (per.equals("unit") ? "" : "/" + per);
    }
}
