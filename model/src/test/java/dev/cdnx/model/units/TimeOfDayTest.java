package dev.cdnx.model.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOfDayTest {

    @ParameterizedTest
    @CsvSource({
        "20:00,72000,20:00",
        "8:30,30600,08:30",
        "03:15:30,11730,03:15:30",
        "00:00,0,00:00",
        "23:59:59,86399,23:59:59"
    })
    void timesParseAndWriteBackInOneForm(String text, int seconds, String written) {
        TimeOfDay t = TimeOfDay.parse(text);
        assertEquals(seconds, t.secondOfDay());
        assertEquals(written, t.toString());
        assertEquals(t, TimeOfDay.parse(t.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "20", "20:60", "20:5", "8pm", "", "-1:00", "20:00:00:00", "１２:00", "20h"})
    void badTimesSayWhatIsExpected(String text) {
        UnitFormatException e = assertThrows(UnitFormatException.class, () -> TimeOfDay.parse(text));
        assertTrue(e.getMessage().contains("\"20:00\""), e.getMessage());
    }
}
