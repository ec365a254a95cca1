package dev.cdnx.model.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bits per second, written {@code "1 Gbps"}, {@code "100 Mbps"}, {@code "10 Gbit/s"}. */
public record Bandwidth(double bitsPerSecond) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?)(?:bps|bit/s|b/s)\\s*");

    /**
     * Reads a written bandwidth.
     *
     * @throws UnitFormatException when the text is not a bandwidth
     */
    public static Bandwidth parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UnitFormatException(
                    "a bandwidth like \"1 Gbps\", \"100 Mbps\" or \"10 Gbit/s\"" + " (bps, kbps, Mbps, Gbps, Tbps)",
                    text);
        }
        double n = Double.parseDouble(m.group(1));
        String p = m.group(2).toLowerCase(Locale.ROOT);
        double mult = p.equals("k") ? 1e3 : p.equals("m") ? 1e6 : p.equals("g") ? 1e9 : p.equals("t") ? 1e12 : 1;
        return new Bandwidth(n * mult);
    }

    public double bytesPerSecond() {
        return bitsPerSecond / 8.0;
    }

    @Override
    public String toString() {
        double v = bitsPerSecond;
        if (v >= 1e12) {
            return DataSize.trim(v / 1e12) + " Tbps";
        }
        if (v >= 1e9) {
            return DataSize.trim(v / 1e9) + " Gbps";
        }
        if (v >= 1e6) {
            return DataSize.trim(v / 1e6) + " Mbps";
        }
        if (v >= 1e3) {
            return DataSize.trim(v / 1e3) + " kbps";
        }
        return DataSize.trim(v) + " bps";
    }
}
