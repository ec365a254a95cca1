package dev.cdnx.model.trace;

import java.util.Locale;

/**
 * Which 1-based columns of a text trace hold the time, the object id and the size; 0 means "absent"
 * (time 0, size 1). Parsed from {@code time=2,id=5,size=4}; the keys also accept libCacheSim's
 * {@code time-col}, {@code obj-id-col} and {@code obj-size-col}. The id column is required.
 */
public record TextColumns(int time, int id, int size) {

    /** Validates: columns are {@code >= 0}, the id column {@code >= 1}, no two the same. */
    public TextColumns {
        if (id < 1) {
            throw new IllegalArgumentException("the id column must be given and be 1 or more (columns count from 1)");
        }
        if (time < 0 || size < 0) {
            throw new IllegalArgumentException("columns count from 1; 0 means absent");
        }
        if ((time != 0 && (time == id || time == size)) || (size != 0 && size == id)) {
            throw new IllegalArgumentException("time, id and size must be different columns");
        }
    }

    /** The largest column used. */
    public int widest() {
        return Math.max(id, Math.max(time, size));
    }

    /**
     * Parses {@code time=2,id=5,size=4}; any key may be left out except id.
     *
     * @throws IllegalArgumentException with a message showing the expected form
     */
    public static TextColumns parse(String spec) {
        int time = 0;
        int id = 0;
        int size = 0;
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw bad(spec);
            }
            int col;
            try {
                col = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw bad(spec);
            }
            switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                case "time", "time-col", "timestamp" -> time = col;
                case "id", "obj-id-col", "obj-id", "object_id" -> id = col;
                case "size", "obj-size-col", "obj-size", "object_size" -> size = col;
                default -> throw bad(spec);
            }
        }
        try {
            return new TextColumns(time, id, size);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad --columns '" + spec + "': " + e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String spec) {
        return new IllegalArgumentException("bad --columns '" + spec
                + "'; write it like time=2,id=5,size=4 (1-based column numbers; time and size may be left out)");
    }

    @Override
    public String toString() {
        return "time=" + time + ",id=" + id + ",size=" + size;
    }
}
