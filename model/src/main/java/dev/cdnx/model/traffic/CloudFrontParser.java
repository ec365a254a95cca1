package dev.cdnx.model.traffic;

/**
 * CloudFront standard logs: tab-separated, with a {@code #Fields:} line naming the columns. The columns
 * are found by name, never by position; a file without the header is read with the documented order.
 * The cache key is host and URI stem (CloudFront's default cache policy leaves the query out).
 */
final class CloudFrontParser implements LineParser {

    /** The documented column order, used only until a #Fields: line says otherwise. */
    static final String DEFAULT_FIELDS = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem "
            + "sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id "
            + "x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
            + "x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port "
            + "time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end";

    private int date;
    private int time;
    private int edge;
    private int bytes;
    private int host;
    private int stem;
    private int status;
    private int result;
    private int contentType;
    private int last;
    private final int[] starts = new int[64];
    private final int[] ends = new int[64];

    CloudFrontParser() {
        columns(DEFAULT_FIELDS.split(" "));
    }

    @Override
    public boolean header(String line) {
        if (!line.startsWith("#")) {
            return false;
        }
        if (line.startsWith("#Fields:")) {
            columns(line.substring(8).trim().split("\\s+"));
        }
        return true;
    }

    private void columns(String[] names) {
        date = time = edge = bytes = host = stem = status = result = contentType = -1;
        for (int i = 0; i < names.length && i < starts.length; i++) {
            switch (names[i]) {
                case "date" -> date = i;
                case "time" -> time = i;
                case "x-edge-location" -> edge = i;
                case "sc-bytes" -> bytes = i;
                case "cs(Host)" -> host = i;
                case "cs-uri-stem" -> stem = i;
                case "sc-status" -> status = i;
                case "x-edge-result-type" -> result = i;
                case "sc-content-type" -> contentType = i;
                default -> {}
            }
        }
        last = Math.max(
                Math.max(Math.max(date, time), Math.max(edge, bytes)),
                Math.max(Math.max(host, stem), Math.max(Math.max(status, result), contentType)));
    }

    /** Whether the header named the columns a request needs (a path and a byte count). */
    boolean usable() {
        return stem >= 0 && bytes >= 0;
    }

    @Override
    public String parse(String line, LogRecord r) {
        if (!usable()) {
            return "the #Fields: header has no cs-uri-stem or sc-bytes column";
        }
        int n = 0;
        int from = 0;
        int len = line.length();
        while (n <= last) {
            int tab = line.indexOf('\t', from);
            starts[n] = from;
            ends[n] = tab < 0 ? len : tab;
            n++;
            if (tab < 0) {
                break;
            }
            from = tab + 1;
        }
        if (n <= last) {
            return "expected at least " + (last + 1) + " tab-separated fields, found " + n;
        }
        long size = LogTimes.number(line, starts[bytes], ends[bytes]);
        if (size < 0) {
            return "sc-bytes is not a whole number";
        }
        r.bytes = size;
        long h = KeyHash.start();
        if (host >= 0) {
            h = KeyHash.of(h, line, starts[host], ends[host]);
        }
        r.key = KeyHash.finish(KeyHash.of(h, line, starts[stem], ends[stem]));
        if (date >= 0 && time >= 0) {
            r.time = LogTimes.dateAndTime(line, starts[date], ends[date], starts[time], ends[time]);
            if (Double.isNaN(r.time)) {
                return "date or time is not yyyy-mm-dd hh:mm:ss";
            }
        }
        if (status >= 0) {
            r.status = (int) Math.max(0, LogTimes.number(line, starts[status], ends[status]));
        }
        if (result >= 0) {
            r.cache = CacheStates.of(line, starts[result], ends[result]);
        }
        if (edge >= 0 && ends[edge] - starts[edge] >= 3) {
            r.edge = Regions.iataCode(line, starts[edge]);
        }
        String cls =
                contentType >= 0 ? ContentClasses.ofContentType(line, starts[contentType], ends[contentType]) : null;
        r.contentClass = cls != null ? cls : ContentClasses.ofPath(line, starts[stem], ends[stem]);
        return null;
    }
}
