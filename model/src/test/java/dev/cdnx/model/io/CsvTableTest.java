package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: free text with commas, quotes and line breaks reads back as the same cells. */
class CsvTableTest {

    @Test
    void plainCellsAreNotQuoted() {
        assertEquals(
                "metric,value\nrequests,1200\nhitRatio,0.5\n",
                new CsvTable("metric", "value")
                        .row("requests", 1200)
                        .row("hitRatio", 0.5)
                        .render());
    }

    @Test
    void aNameWithALineBreakCommaOrQuoteStaysInOneCell() throws IOException {
        String awkward = "edge \"eu\",\nsecond line";
        String csv = new CsvTable("parameter", "value").row(awkward, null).render();
        List<List<String>> back = readBack(csv);
        assertEquals(List.of(List.of("parameter", "value"), List.of(awkward, "")), back);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvTable("a", "b").row("only one"));
    }

    private static List<List<String>> readBack(String csv) throws IOException {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }
}
