package dev.cdnx.model.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
        "40 GB,40000000000",
        "512 KiB,524288",
        "1.5 MB,1500000",
        "100 B,100",
        "7,7",
        "4 TB,4000000000000",
        "5 PB,5000000000000000",
        "2 gib,2147483648"
    })
    void sizesParse(String text, long bytes) {
        assertEquals(bytes, DataSize.parse(text).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"40 GB", "512 KiB", "1500 KB", "100 B", "4 TB", "3 MiB"})
    void sizesWriteBackTheSameForm(String text) {
        assertEquals(text, DataSize.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"forty GB", "40 GBs", "", "GB"})
    void badSizesSayWhatIsExpected(String text) {
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> DataSize.parse(text));
        assertTrue(e.getMessage().contains("40 GB"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1h,3600", "300s,300", "250ms,0.25", "2m,120", "1d,86400", "1h30m,5400", "90,90"})
    void durationsParse(String text, double seconds) {
        assertEquals(seconds, SimDuration.parse(text).seconds(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h", "90s", "250ms", "2m", "1d", "never"})
    void durationsWriteBackTheSameForm(String text) {
        assertEquals(text, SimDuration.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "5 m,300",
        "1 h 30 m,5400",
        "2min,120",
        "1.5h,5400",
        "250 ms,0.25",
        "1w,604800",
        "7 us,0.000007",
        "1h30,3630"
    })
    void durationsWithSpacesAndEveryUnitParse(String text, double seconds) {
        assertEquals(seconds, SimDuration.parse(text).seconds(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 mins", "1.h", ".5s", "1h 30x", "h", "", "1e3s", "٣s"})
    void durationsNotReadWholeAreRefusedWithTheForms(String text) {
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> SimDuration.parse(text));
        assertTrue(e.getMessage().contains("1h30m"), e.getMessage());
    }

    @Test
    void aVeryLongDurationIsReadWithoutExhaustingTheStack() {
        assertEquals(2000 * 3600.0, SimDuration.parse("1h".repeat(2000)).seconds(), 1e-6);
        assertThrows(UnitFormatException.class, () -> SimDuration.parse("1h".repeat(50_000) + "x"));
    }

    @Test
    void negativeDurationIsRefused() {
        assertThrows(UnitFormatException.class, () -> SimDuration.parse("-5s"));
    }

    @ParameterizedTest
    @CsvSource({"2k/s,2000", "50/s,50", "120/min,2", "3.6k/h,1", "7,7", "1.5M/s,1500000"})
    void ratesParse(String text, double perSecond) {
        assertEquals(perSecond, Rate.parse(text).perSecond(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2k/s", "50/s", "0.2/s", "1.5M/s"})
    void ratesWriteBackTheSameForm(String text) {
        assertEquals(text, Rate.parse(text).toString());
    }

    @Test
    void pricesKeepExactAmounts() {
        Price p = Price.parse("$0.05/GB");
        assertEquals(new BigDecimal("0.05"), p.amount());
        assertEquals("GB", p.per());
        assertEquals(BigDecimal.valueOf(10_000), Price.parse("$0.0075/10k").perQuantity());
        assertEquals("$0.0075/10k", Price.parse("$0.0075/10k").toString());
    }

    @Test
    void bandwidthInBitsPerSecond() {
        assertEquals(1.25e9, Bandwidth.parse("10 Gbps").bytesPerSecond(), 1);
        assertEquals("10 Gbps", Bandwidth.parse("10 Gbps").toString());
    }
}
