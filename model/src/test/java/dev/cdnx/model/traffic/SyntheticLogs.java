package dev.cdnx.model.traffic;

import dev.cdnx.model.trace.ZipfGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small logs in every supported format with answers known in advance: {@code requests} requests
 * over {@code objects} Zipf-ranked objects (exponent {@code alpha}, seeded), one request a second from
 * 2026-03-01 00:00:00 UTC, object k of size {@code 1000 + 37 k} bytes, a png for even k and a js file for
 * odd k, edges cycling through LHR, IAD, NRT, GRU (regions eu, na, apac, sa), and a cache status that is
 * a miss on an object's first request and a hit after (so the log's hit ratio is 1 - objects seen / requests).
 */
final class SyntheticLogs {

    static final String[] EDGES = {"LHR", "IAD", "NRT", "GRU"};
    static final String[] COUNTRIES = {"GB", "US", "JP", "BR"};
    static final long START = 1_772_323_200L; // 2026-03-01T00:00:00Z

    final int requests;
    final int objects;
    final double alpha;
    final long seed;
    /** Filled by writing: requests that hit (not the first of their object) and distinct objects seen. */
    long hits;

    long hitBytes;
    long bytes;
    int seen;
    /** Request i's time, seconds since 1970; one a second from {@link #START} unless a test sets another. */
    java.util.function.IntToLongFunction times = i -> START + i;

    SyntheticLogs(int requests, int objects, double alpha, long seed) {
        this.requests = requests;
        this.objects = objects;
        this.alpha = alpha;
        this.seed = seed;
    }

    /** One request as the generator sees it. */
    interface Line {
        void write(StringBuilder b, int i, long object, long size, boolean hit, String edge, String country, long time);
    }

    static long sizeOf(long object) {
        return 1000 + 37 * object;
    }

    static String path(long object) {
        return "/assets/o" + object + (object % 2 == 0 ? ".png" : ".js");
    }

    /** Writes the log: {@code header} first, then one line per request; gzip when the name ends in .gz. */
    Path write(Path file, String header, Line line) throws IOException {
        ZipfGenerator zipf = new ZipfGenerator(objects, alpha, seed);
        boolean[] was = new boolean[objects + 1];
        hits = hitBytes = bytes = 0;
        seen = 0;
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            if (header != null) {
                w.write(header);
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < requests; i++) {
                long o = zipf.nextId();
                boolean hit = was[(int) o];
                if (!hit) {
                    was[(int) o] = true;
                    seen++;
                } else {
                    hits++;
                    hitBytes += sizeOf(o);
                }
                bytes += sizeOf(o);
                b.setLength(0);
                line.write(b, i, o, sizeOf(o), hit, EDGES[i % 4], COUNTRIES[i % 4], times.applyAsLong(i));
                b.append('\n');
                w.write(b.toString());
            }
        }
        return file;
    }

    static final String CLOUDFRONT_HEADER = "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method "
            + "cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type "
            + "x-edge-request-id x-host-header cs-protocol cs-bytes time-taken sc-content-type\n";

    static final Line CLOUDFRONT = (b, i, o, size, hit, edge, country, t) -> {
        java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(t, 0, java.time.ZoneOffset.UTC);
        b.append(d.toLocalDate())
                .append('\t')
                .append(d.toLocalTime().toString().length() == 5 ? d.toLocalTime() + ":00" : d.toLocalTime())
                .append('\t')
                .append(edge)
                .append(50 + i % 7)
                .append("-C1\t")
                .append(size)
                .append("\t192.0.2.")
                .append(i % 250)
                .append("\tGET\td111.cloudfront.net\t")
                .append(path(o))
                .append("\t200\t-\tMozilla/5.0\t-\t-\t")
                .append(hit ? "Hit" : "Miss")
                .append("\treq")
                .append(i)
                .append("\texample.com\thttps\t120\t0.01\t")
                .append(o % 2 == 0 ? "image/png" : "application/javascript");
    };

    static final Line NGINX = (b, i, o, size, hit, edge, country, t) -> {
        java.time.OffsetDateTime d = java.time.Instant.ofEpochSecond(t).atOffset(java.time.ZoneOffset.ofHours(2));
        b.append("198.51.100.")
                .append(i % 250)
                .append(" - - [")
                .append(java.time.format.DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
                        .format(d))
                .append("] \"GET ")
                .append(path(o))
                .append(" HTTP/1.1\" 200 ")
                .append(size)
                .append(" \"-\" \"curl/8.0 (x; y)\" ")
                .append(hit ? "HIT" : "MISS")
                .append(" 0.012");
    };

    static final Line CLOUDFLARE = (b, i, o, size, hit, edge, country, t) -> b.append("{\"ClientCountry\":\"")
            .append(country.toLowerCase(Locale.ROOT))
            .append("\",\"ClientRequestHost\":\"example.com\",\"ClientRequestURI\":\"")
            .append(path(o))
            .append("\",\"EdgeResponseBytes\":")
            .append(size)
            .append(",\"EdgeResponseStatus\":200,\"CacheCacheStatus\":\"")
            .append(hit ? "hit" : "miss")
            .append("\",\"EdgeStartTimestamp\":")
            .append(t * 1_000_000_000L)
            .append(",\"RayID\":\"7f")
            .append(i)
            .append("\",\"Extra\":{\"nested\":[1,2]}}");

    static final Line FASTLY = (b, i, o, size, hit, edge, country, t) -> b.append("{\"ts\":\"")
            .append(java.time.Instant.ofEpochSecond(t))
            .append("\",\"req_url\":\"")
            .append(path(o))
            .append("\",\"resp_bytes\":")
            .append(size)
            .append(",\"state\":\"")
            .append(hit ? "HIT" : "MISS")
            .append("\",\"datacenter\":\"")
            .append(edge)
            .append("\",\"status\":200}");

    static final String WIKIMEDIA_HEADER = "relative_unix hashed_path_query image_type response_size time_firstbyte\n";

    static final Line WIKIMEDIA = (b, i, o, size, hit, edge, country, t) -> b.append(t - START)
            .append(' ')
            .append(Long.toHexString(o * 0x9E3779B97F4A7C15L))
            .append(' ')
            .append(o % 2 == 0 ? "png" : "js")
            .append(' ')
            .append(size)
            .append(" 0.0")
            .append(i % 10);

    static final Line CSV_TRACE = (b, i, o, size, hit, edge, country, t) ->
            b.append(t - START).append(',').append(o).append(',').append(size);
}
