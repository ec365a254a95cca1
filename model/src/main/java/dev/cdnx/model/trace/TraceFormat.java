package dev.cdnx.model.trace;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The trace formats of libCacheSim this project reads. Names are case-insensitive ("oraclegeneral" works).
 */
public enum TraceFormat {
    /** 24-byte little-endian records: uint32 time, uint64 id, uint32 size, int64 next access. */
    ORACLE_GENERAL("oracleGeneral"),
    /** VMware vscsi version 1: 32-byte little-endian records; time in microseconds, lbn as id. */
    VSCSI("vscsi"),
    /** Delimited text with configurable or detected columns and an optional header. */
    CSV("csv"),
    /** One object id per line; every size is 1 and every time 0. */
    TXT("txt");

    private final String label;

    TraceFormat(String label) {
        this.label = label;
    }

    /** The name used on the command line. */
    public String label() {
        return label;
    }

    /**
     * The format called {@code name}.
     *
     * @throws IllegalArgumentException naming the known formats when there is none
     */
    public static TraceFormat parse(String name) {
        for (TraceFormat f : values()) {
            if (f.label.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown trace format '" + name + "'; known formats: "
                + Arrays.stream(values()).map(TraceFormat::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
