package dev.cdnx.model.trace;

/**
 * How to read a trace. For text formats: the columns (null: detect from the header names or the
 * column count), the delimiter (null: detect — comma, else tab, else runs of spaces; {@code ' '} means
 * runs of spaces and tabs), whether the first line is a header (null: detect — it is one when none of
 * its fields is a number). For every format: whether malformed lines or records are skipped and
 * counted instead of stopping the read.
 */
public record TraceOptions(TextColumns columns, Character delimiter, Boolean header, boolean skipBadLines) {

    /** Detect everything, stop at the first bad line. */
    public static final TraceOptions DEFAULT = new TraceOptions(null, null, null, false);

    /** The same options with skipping switched as given. */
    public TraceOptions withSkipBadLines(boolean skip) {
        return new TraceOptions(columns, delimiter, header, skip);
    }
}
