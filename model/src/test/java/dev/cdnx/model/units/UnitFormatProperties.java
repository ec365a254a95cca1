package dev.cdnx.model.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Each unit's formatter against its parser over many magnitudes: what is printed reads back as the
 * value (exactly for the file forms, within the display rounding for sizes shown to people), and the
 * display never loses a digit of the integer part ("800 GB" must not print as "8 GB").
 */
class UnitFormatProperties {

    /** A value spread evenly over orders of magnitude, from 1 to about 10^(exp+1). */
    private static double spread(double mantissa, int exp) {
        return mantissa * Math.pow(10, exp);
    }

    @Property(tries = 2000)
    void shownSizeReadsBackWithinItsRounding(
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa, @ForAll @IntRange(min = 0, max = 17) int exp) {
        long bytes = Math.round(spread(mantissa, exp));
        String shown = DataSize.ofBytes(bytes).toHumanString();
        long back = DataSize.parse(shown).bytes();
        // Three significant digits: off by at most half a unit of the third digit, 0.5 % of the value.
        assertTrue(Math.abs(back - bytes) <= 0.005 * bytes + 0.5, bytes + " shown as " + shown + " reads " + back);
    }

    @Property(tries = 2000)
    void shownSizeKeepsEveryDigitOfTheIntegerPart(
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa, @ForAll @IntRange(min = 3, max = 17) int exp) {
        long bytes = Math.round(spread(mantissa, exp));
        String shown = DataSize.ofBytes(bytes).toHumanString();
        String number = shown.substring(0, shown.indexOf(' '));
        double unit =
                DataSize.parse("1 " + shown.substring(shown.indexOf(' ') + 1)).bytes();
        long integerPart = (long) Math.floor(bytes / unit);
        String printedInteger = number.contains(".") ? number.substring(0, number.indexOf('.')) : number;
        // Rounding may carry into the integer part (9.996 → 10) but never shortens it.
        assertTrue(
                printedInteger.length() >= String.valueOf(integerPart).length(),
                bytes + " shown as " + shown + " lost integer digits of " + integerPart);
    }

    @Property(tries = 1000)
    void writtenSizeReadsBackExactly(@ForAll @LongRange(min = 0, max = 4_000_000_000_000_000_000L) long bytes) {
        assertEquals(bytes, DataSize.parse(DataSize.ofBytes(bytes).toString()).bytes());
    }

    @Property(tries = 1000)
    void writtenDurationReadsBackWithinItsRounding(
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa, @ForAll @IntRange(min = -6, max = 8) int exp) {
        double seconds = spread(mantissa, exp);
        String written = SimDuration.ofSeconds(seconds).toString();
        double back = SimDuration.parse(written).seconds();
        // The smallest written step is a millionth of a millisecond.
        assertEquals(seconds, back, 5e-10 + 1e-12 * seconds, seconds + " s written " + written);
    }

    @Property(tries = 1000)
    void writtenRateReadsBackWithinItsRounding(
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa, @ForAll @IntRange(min = -3, max = 9) int exp) {
        double perSecond = spread(mantissa, exp);
        String written = Rate.perSecond(perSecond).toString();
        assertEquals(
                perSecond,
                Rate.parse(written).perSecond(),
                5e-7 + 1e-12 * perSecond,
                perSecond + "/s written " + written);
    }

    @Property(tries = 1000)
    void writtenBandwidthReadsBackWithinItsRounding(
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa, @ForAll @IntRange(min = 0, max = 13) int exp) {
        double bps = spread(mantissa, exp);
        String written = new Bandwidth(bps).toString();
        assertEquals(bps, Bandwidth.parse(written).bitsPerSecond(), 5e-7 + 1e-6 * bps, bps + " bps written " + written);
    }

    @Property(tries = 500)
    void writtenPriceReadsBackExactly(
            @ForAll @LongRange(min = 0, max = 100_000_000) long units, @ForAll @IntRange(min = 0, max = 6) int scale) {
        Price p = new Price("$", BigDecimal.valueOf(units, scale), "GB");
        assertEquals(p, Price.parse(p.toString()));
    }

    @Example
    void theSizesTheIssueFoundShowWithTheirZeros() {
        assertEquals("800 GB", DataSize.parse("800 GB").toHumanString());
        assertEquals("140 TB", DataSize.parse("140 TB").toHumanString());
        assertEquals("200 KB", DataSize.parse("200 KB").toHumanString());
        assertEquals("10 GB", DataSize.parse("10 GB").toHumanString());
        assertEquals("1.5 MB", DataSize.parse("1.5 MB").toHumanString());
        assertEquals("1.23 GB", DataSize.ofBytes(1_234_567_890).toHumanString());
        assertEquals("1 TB", DataSize.ofBytes(999_700_000_000L).toHumanString());
        assertEquals("999 B", DataSize.ofBytes(999).toHumanString());
        assertEquals("0 B", DataSize.ZERO.toHumanString());
    }
}
