package dev.cdnx.model.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a replay's {@code --cache-size}: bytes ({@code 20297697}, {@code 100 MB}, {@code 1.5GiB}), an
 * object count when sizes are ignored ({@code 4897}), or a share of the trace's working set
 * ({@code 10%}, or a fraction below 1 such as {@code 0.1}). Units: B, KB/MB/GB/TB are powers of 1000,
 * KiB/MiB/GiB/TiB powers of 1024; case does not matter. A share resolves to
 * {@code floor(share × working set)}, computed exactly. Anything else is an {@link IllegalArgumentException}
 * whose message shows the accepted forms.
 */
final class TraceSizes {

    private static final Pattern FORM = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z%]*)\\s*");
    private static final String FORMS = "write bytes (20297697, 100MB, 2GiB), an object count with --ignore-size"
            + " (4897), or a share of the working set (10% or 0.1)";

    /** A parsed size: either absolute, or a fraction of the working set. */
    record CacheSize(long absolute, BigDecimal fraction, String text) {

        /** Whether the working set must be measured first. */
        boolean needsWorkingSet() {
            return fraction != null;
        }

        /** The capacity for a trace whose working set is {@code workingSet}. */
        long resolve(long workingSet) {
            if (fraction == null) {
                return absolute;
            }
            return fraction.multiply(BigDecimal.valueOf(workingSet))
                    .setScale(0, RoundingMode.FLOOR)
                    .longValueExact();
        }
    }

    private TraceSizes() {}

    static CacheSize parse(String text, boolean ignoreSize) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read cache size '" + text + "'; " + FORMS);
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.equals("%")) {
            if (number.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("cache size '" + text + "' is more than 100% of the working set");
            }
            return new CacheSize(0, number.movePointLeft(2), text);
        }
        if (unit.isEmpty() && number.scale() > 0) {
            if (number.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("cache size '" + text + "' is not whole; " + FORMS);
            }
            return new CacheSize(0, number, text);
        }
        if (ignoreSize && !unit.isEmpty()) {
            throw new IllegalArgumentException("with --ignore-size the cache size counts objects, so '" + text
                    + "' needs no unit (or give a share like 10%)");
        }
        long multiplier = switch (unit) {
            case "", "b" -> 1L;
            case "kb", "k" -> 1_000L;
            case "mb", "m" -> 1_000_000L;
            case "gb", "g" -> 1_000_000_000L;
            case "tb", "t" -> 1_000_000_000_000L;
            case "kib" -> 1L << 10;
            case "mib" -> 1L << 20;
            case "gib" -> 1L << 30;
            case "tib" -> 1L << 40;
            default ->
                throw new IllegalArgumentException("unknown unit '" + m.group(2) + "' in cache size '" + text
                        + "'; use B, KB, MB, GB, TB, KiB, MiB, GiB or TiB");
        };
        BigDecimal bytes = number.multiply(BigDecimal.valueOf(multiplier));
        try {
            return new CacheSize(bytes.setScale(0, RoundingMode.FLOOR).longValueExact(), null, text);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("cache size '" + text + "' is too large");
        }
    }
}
