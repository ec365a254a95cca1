package dev.cdnx.model.traffic;

/**
 * How to read a traffic file: its format ({@link LogFormat#AUTO} to detect it), the nginx/Apache
 * {@code log_format} pattern (null: combined plus cache status and request time), and the JSON field
 * map for Fastly (null: {@link FieldMap#FASTLY}).
 */
public record ImportOptions(LogFormat format, String pattern, FieldMap fields) {

    /** Detect the format, default pattern and field map. */
    public static final ImportOptions AUTO = new ImportOptions(LogFormat.AUTO, null, null);

    /** The same options for another format. */
    public ImportOptions withFormat(LogFormat f) {
        return new ImportOptions(f, pattern, fields);
    }
}
