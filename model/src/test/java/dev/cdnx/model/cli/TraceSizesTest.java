package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --cache-size forms: bytes with units, object counts, and exact shares of the working set. */
class TraceSizesTest {

    @Test
    void bytesWithAndWithoutUnits() {
        assertEquals(20_297_697, TraceSizes.parse("20297697", false).resolve(0));
        assertEquals(100_000_000, TraceSizes.parse("100 MB", false).resolve(0));
        assertEquals(3L << 29, TraceSizes.parse("1.5GiB", false).resolve(0));
        assertEquals(4_897, TraceSizes.parse("4897", true).resolve(0));
        assertFalse(TraceSizes.parse("4kb", false).needsWorkingSet());
    }

    @Test
    void sharesAreFlooredExactly() {
        long ws = 2_029_769_728L;
        assertEquals(20_297_697, TraceSizes.parse("1%", false).resolve(ws));
        assertEquals(101_488_486, TraceSizes.parse("5%", false).resolve(ws));
        assertEquals(202_976_972, TraceSizes.parse("0.1", false).resolve(ws));
        assertEquals(2_448, TraceSizes.parse("5%", true).resolve(48_974));
        assertTrue(TraceSizes.parse("10%", false).needsWorkingSet());
    }

    @Test
    void refusalsSayWhatIsAccepted() {
        for (String bad : new String[] {"", "-5", "1e6", "2.5", "3 parsecs", "101%"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> TraceSizes.parse(bad, false), bad);
            assertFalse(e.getMessage().isBlank());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TraceSizes.parse("5MB", true))
                .getMessage()
                .contains("--ignore-size"));
    }
}
