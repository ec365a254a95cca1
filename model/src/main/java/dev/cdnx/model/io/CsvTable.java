package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV writer: a header and rows of cells, quoted by jackson-dataformat-csv so a comma, a quote or
 * a line break inside a name (a scenario or parameter name is free text) stays inside its cell. Lines end
 * in {@code \n}; a null cell is written empty.
 */
public final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final List<String[]> lines = new ArrayList<>();
    private final int width;

    /** A table with these column names. */
    public CsvTable(String... header) {
        this.width = header.length;
        lines.add(header.clone());
    }

    /**
     * Adds a row; numbers and other values are written with {@code String.valueOf}.
     *
     * @throws IllegalArgumentException when the row has a different number of cells than the header
     */
    public CsvTable row(Object... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + width);
        }
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cells[i] == null ? "" : String.valueOf(cells[i]);
        }
        lines.add(text);
        return this;
    }

    /** Rows added so far, without the header. */
    public int rows() {
        return lines.size() - 1;
    }

    /** The CSV text. */
    public String render() {
        try {
            return MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n"))
                    .writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cells of text cannot fail to write: " + e.getOriginalMessage(), e);
        }
    }
}
