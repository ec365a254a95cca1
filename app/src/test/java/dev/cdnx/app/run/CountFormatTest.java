package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counters' figures are written as {@code String.format("%,d")} writes them, in every locale tried. */
class CountFormatTest {

    @Test
    void countsAreGroupedAsTheFormatterGroupsThem() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Random rnd = new Random(3);
            for (Locale l : new Locale[] {
                Locale.US,
                Locale.GERMANY,
                Locale.FRANCE,
                new Locale("de", "CH"),
                new Locale("hi", "IN"),
                new Locale("ar", "EG"),
                new Locale("th", "TH", "TH"),
                Locale.ROOT
            }) {
                Locale.setDefault(Locale.Category.FORMAT, l);
                for (long n : new long[] {0, 7, 999, 1000, 12_345, 999_999, 1_000_000, Long.MAX_VALUE, -1234}) {
                    assertEquals(String.format("%,d", n), NodeCounters.count(n), l + " " + n);
                }
                for (int k = 0; k < 2000; k++) {
                    long n = (long) Math.pow(10, rnd.nextDouble() * 12);
                    assertEquals(String.format("%,d", n), NodeCounters.count(n), l + " " + n);
                }
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
