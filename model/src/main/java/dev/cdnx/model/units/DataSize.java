package dev.cdnx.model.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes as a person writes it: {@code "40 GB"} (decimal, 10^9), {@code "512 KiB"} (binary,
 * 2^10), {@code "1.5 MB"}, {@code "100 B"} or a bare number of bytes. Formatting picks the largest unit
 * that represents the value exactly, so load → save → load gives the same number.
 */
public record DataSize(long bytes) implements Comparable<DataSize> {

    private static final Pattern FORM =
            Pattern.compile("\\s*([+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*([A-Za-z]*)\\s*");

    /** What a size field accepts, said once for every way a size can be mistyped. */
    static final String FORMS = "a size like \"40 GB\", \"1.5MB\" or \"512 KiB\" (B, KB, MB, GB, TB, PB, EB;"
            + " KiB, MiB, GiB, TiB, PiB, EiB; a bare number is bytes)";

    private static final String[] DECIMAL = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    public static final DataSize ZERO = new DataSize(0);

    public static DataSize ofBytes(long bytes) {
        return new DataSize(bytes);
    }

    public static DataSize ofGigabytes(double gb) {
        return new DataSize(Math.round(gb * 1e9));
    }

    /**
     * Parses a size. Units are case-insensitive except that {@code b} alone means bytes; a bare number
     * means bytes.
     *
     * @throws UnitFormatException with an example of the expected form when the text is not a size
     */
    public static DataSize parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UnitFormatException(FORMS, text);
        }
        long multiplier = multiplier(m.group(2));
        if (multiplier < 0) {
            throw new UnitFormatException(FORMS, text);
        }
        // Exact decimal arithmetic: through a double, "8796093022208001 B" would read back one byte off.
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(multiplier));
        if (bytes.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new UnitFormatException("a size below 4 EB", text);
        }
        return new DataSize(bytes.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static long multiplier(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        switch (u) {
            case "", "b", "byte", "bytes" -> {
                return 1L;
            }
            default -> {}
        }
        for (int i = 1; i < DECIMAL.length; i++) {
            if (u.equals(DECIMAL[i].toLowerCase(Locale.ROOT))) {
                return pow(1000L, i);
            }
            if (u.equals(BINARY[i].toLowerCase(Locale.ROOT))) {
                return pow(1024L, i);
            }
        }
        return -1;
    }

    private static long pow(long base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r *= base;
        }
        return r;
    }

    public double gigabytes() {
        return bytes / 1e9;
    }

    /** The exact written form, e.g. {@code "40 GB"}; falls back to a number of bytes. */
    @Override
    public String toString() {
        if (bytes == 0) {
            return "0 B";
        }
        for (int i = DECIMAL.length - 1; i >= 1; i--) {
            long d = pow(1000L, i);
            if (bytes % d == 0) {
                return (bytes / d) + " " + DECIMAL[i];
            }
            long b = pow(1024L, i);
            if (bytes % b == 0) {
                return (bytes / b) + " " + BINARY[i];
            }
        }
        for (int i = DECIMAL.length - 1; i >= 1; i--) {
            long d = pow(1000L, i);
            if (Math.abs(bytes) >= d && (bytes * 1000) % d == 0 && Math.abs(bytes) < Long.MAX_VALUE / 1000) {
                return BigDecimal.valueOf(bytes)
                                .divide(BigDecimal.valueOf(d))
                                .stripTrailingZeros()
                                .toPlainString() + " " + DECIMAL[i];
            }
        }
        return bytes + " B";
    }

    /**
     * The one display form of a size, for command-line text, reports, panels and lessons (not for files):
     * the largest decimal unit the size reaches, three significant digits, every digit of the integer
     * part kept: {@code 800 GB}, {@code 140 TB}, {@code 200 KB}, {@code 1.23 GB}, {@code 512 B}. A value
     * that rounds up to 1000 of a unit is written in the next one ({@code 999.7 GB} → {@code 1 TB}).
     */
    public String toHumanString() {
        if (Math.abs((double) bytes) < 1000) {
            return bytes + " B";
        }
        double v = bytes;
        int i = 0;
        while (Math.abs(v) >= 1000 && i < DECIMAL.length - 1) {
            v /= 1000;
            i++;
        }
        String digits = SignificantDigits.round(v, 3);
        if (Math.abs(Double.parseDouble(digits)) >= 1000 && i < DECIMAL.length - 1) {
            v /= 1000;
            i++;
            digits = SignificantDigits.round(v, 3);
        }
        return digits + " " + DECIMAL[i];
    }

    static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public int compareTo(DataSize o) {
        return Long.compare(bytes, o.bytes);
    }
}
