package dev.cdnx.model.traffic;

/**
 * The Wikimedia CDN upload trace: whitespace-separated {@code relative_unix hashed_path_query image_type
 * response_size time_firstbyte}, with or without that header line. Times are seconds from the trace's
 * start; the object is the hashed path; the image type ("jpeg", "png", "webm"…) gives the class. The
 * trace says nothing about regions or cache hits.
 */
final class WikimediaParser implements LineParser {

    private final int[] starts = new int[5];
    private final int[] ends = new int[5];

    @Override
    public boolean header(String line) {
        return line.startsWith("#") || line.startsWith("relative_unix");
    }

    @Override
    public String parse(String line, LogRecord r) {
        int n = Fields.split(line, starts, ends);
        if (n < 4) {
            return "expected 5 fields (relative_unix hashed_path_query image_type response_size time_firstbyte), found "
                    + n;
        }
        long t = LogTimes.number(line, starts[0], ends[0]);
        if (t < 0) {
            return "relative_unix is not a whole number of seconds";
        }
        long size = LogTimes.number(line, starts[3], ends[3]);
        if (size < 0) {
            return "response_size is not a whole number";
        }
        r.time = t;
        r.bytes = size;
        r.key = KeyHash.finish(KeyHash.of(KeyHash.start(), line, starts[1], ends[1]));
        r.contentClass = ContentClasses.ofExtension(line.substring(starts[2], ends[2]));
        return null;
    }
}
