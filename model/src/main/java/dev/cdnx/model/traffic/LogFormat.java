package dev.cdnx.model.traffic;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The traffic files {@code cdnx import} reads: CDN and web-server access logs, and the cache traces the
 * engine already replays. Names are case-insensitive; {@link #AUTO} means "look at the first lines".
 */
public enum LogFormat {
    AUTO("auto", "detect from the first lines"),
    CLOUDFRONT("cloudfront", "CloudFront standard log: tab-separated, a #Fields: header names the columns"),
    NGINX("nginx", "nginx or Apache combined log, optionally with $upstream_cache_status and $request_time"),
    CLOUDFLARE("cloudflare", "Cloudflare Logpush http_requests: one JSON object a line"),
    FASTLY("fastly", "Fastly JSON lines, fields named by a field map"),
    WIKIMEDIA(
            "wikimedia",
            "Wikimedia CDN trace: relative_unix hashed_path_query image_type response_size time_firstbyte"),
    ORACLE_GENERAL("oracleGeneral", "libCacheSim oracleGeneral binary trace: 24-byte little-endian records"),
    VSCSI("vscsi", "VMware vscsi binary trace (uncompressed files only)"),
    CSV("csv", "cache trace as delimited text: time, id, size columns"),
    TXT("txt", "cache trace with one object id a line");

    private final String label;
    private final String description;

    LogFormat(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name used on the command line and in workload files. */
    public String label() {
        return label;
    }

    /** One line saying what a file of this format looks like (used in error messages). */
    public String description() {
        return description;
    }

    /** Whether lines of this format carry a cache status (hit or miss) the log measured itself. */
    public boolean hasCacheStatus() {
        return this == CLOUDFRONT || this == NGINX || this == CLOUDFLARE || this == FASTLY;
    }

    /**
     * The format called {@code name}.
     *
     * @throws IllegalArgumentException naming the known formats when there is none
     */
    public static LogFormat parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (LogFormat f : values()) {
            if (f.label.toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        if (n.equals("apache") || n.equals("combined")) {
            return NGINX;
        }
        throw new IllegalArgumentException("unknown log format '" + name + "'; known formats: " + names());
    }

    /** All names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(LogFormat::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
