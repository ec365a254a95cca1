package dev.cdnx.model.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * nginx and Apache access logs described by an nginx {@code log_format} pattern (the combined format
 * with {@code $upstream_cache_status $request_time} appended by default). A variable's text runs up to
 * the first character of the literal that follows it, so matching is one left-to-right scan. Variables
 * after the last one a request needs may be missing at the end of a line: a plain combined log reads
 * with the default pattern.
 */
final class NginxParser implements LineParser {

    /** nginx's combined format plus the two fields caching setups append. */
    static final String DEFAULT_PATTERN = "$remote_addr - $remote_user [$time_local] \"$request\" $status "
            + "$body_bytes_sent \"$http_referer\" \"$http_user_agent\" $upstream_cache_status $request_time";

    private enum Var {
        TIME_LOCAL,
        TIME_ISO,
        MSEC,
        REQUEST,
        URI,
        STATUS,
        BYTES,
        CACHE,
        HOST,
        CONTENT_TYPE,
        COUNTRY,
        EDGE,
        OTHER
    }

    /** Literal tokens have a null var; variables have a null literal. */
    private record Token(String literal, Var var) {}

    private final Token[] tokens;
    /** Tokens from this index on may be cut off by the end of the line. */
    private final int optionalFrom;

    private final int[] starts;
    private final int[] ends;

    NginxParser(String pattern) {
        tokens = tokenize(pattern == null || pattern.isBlank() ? DEFAULT_PATTERN : pattern);
        int lastNeeded = 0;
        boolean hasPath = false;
        boolean hasBytes = false;
        for (int i = 0; i < tokens.length; i++) {
            if (i + 1 < tokens.length && tokens[i].var != null && tokens[i + 1].var != null) {
                throw new IllegalArgumentException("the log pattern has two variables with nothing between them;"
                        + " put a space or other separator between them: " + pattern);
            }
            Var v = tokens[i].var;
            if (v == Var.REQUEST
                    || v == Var.URI
                    || v == Var.STATUS
                    || v == Var.BYTES
                    || v == Var.TIME_LOCAL
                    || v == Var.TIME_ISO
                    || v == Var.MSEC) {
                lastNeeded = i;
            }
            hasPath |= v == Var.REQUEST || v == Var.URI;
            hasBytes |= v == Var.BYTES;
        }
        if (!hasPath || !hasBytes) {
            throw new IllegalArgumentException("the log pattern needs $request (or $request_uri) and $body_bytes_sent"
                    + " (or $bytes_sent); got: " + pattern);
        }
        optionalFrom = lastNeeded + 1;
        starts = new int[tokens.length];
        ends = new int[tokens.length];
    }

    private static Token[] tokenize(String pattern) {
        List<Token> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '$' || c == '%') {
                int j = i + 1;
                String name;
                if (c == '%' && j < pattern.length() && pattern.charAt(j) == '{') {
                    int close = pattern.indexOf('}', j);
                    int end = close < 0 ? pattern.length() : close + 2;
                    name = pattern.substring(i, Math.min(end, pattern.length()));
                    j = Math.min(end, pattern.length());
                } else {
                    if (c == '%' && j < pattern.length() && pattern.charAt(j) == '>') {
                        j++;
                    }
                    while (j < pattern.length()
                            && (Character.isLetterOrDigit(pattern.charAt(j)) || pattern.charAt(j) == '_')) {
                        j++;
                    }
                    name = pattern.substring(i, j);
                }
                if (lit.length() > 0) {
                    out.add(new Token(lit.toString(), null));
                    lit.setLength(0);
                }
                out.add(new Token(null, varOf(name)));
                i = j;
            } else {
                lit.append(c);
                i++;
            }
        }
        if (lit.length() > 0) {
            out.add(new Token(lit.toString(), null));
        }
        return out.toArray(new Token[0]);
    }

    /** nginx variable names and their Apache LogFormat equivalents. */
    private static Var varOf(String name) {
        return switch (name) {
            case "$time_local", "%t" -> Var.TIME_LOCAL;
            case "$time_iso8601" -> Var.TIME_ISO;
            case "$msec" -> Var.MSEC;
            case "$request", "%r" -> Var.REQUEST;
            case "$request_uri", "$uri", "%U" -> Var.URI;
            case "$status", "%s", "%>s" -> Var.STATUS;
            case "$body_bytes_sent", "$bytes_sent", "%b", "%B", "%O" -> Var.BYTES;
            case "$upstream_cache_status", "$srcache_fetch_status" -> Var.CACHE;
            case "$host", "$http_host", "%v", "%{Host}i" -> Var.HOST;
            case "$sent_http_content_type", "%{Content-Type}o" -> Var.CONTENT_TYPE;
            case "$geoip_country_code", "$geoip2_country_code", "$http_cf_ipcountry" -> Var.COUNTRY;
            case "$server_pop", "$pop" -> Var.EDGE;
            default -> Var.OTHER;
        };
    }

    @Override
    public String parse(String line, LogRecord r) {
        int p = 0;
        int len = line.length();
        int n = tokens.length;
        for (int i = 0; i < n; i++) {
            Token t = tokens[i];
            if (p >= len && i >= optionalFrom) {
                for (int k = i; k < n; k++) {
                    starts[k] = ends[k] = len;
                }
                break;
            }
            if (t.literal != null) {
                if (!line.startsWith(t.literal, p)) {
                    return "expected \"" + t.literal.strip() + "\" at column " + (p + 1);
                }
                p += t.literal.length();
            } else {
                int end;
                if (i + 1 < n) {
                    char stop = tokens[i + 1].literal.charAt(0);
                    end = line.indexOf(stop, p);
                    if (end < 0) {
                        if (i + 1 < optionalFrom) {
                            return "the line ends early (before " + (i + 1) + " of the pattern's parts)";
                        }
                        end = len;
                    }
                } else {
                    end = len;
                }
                starts[i] = p;
                ends[i] = end;
                p = end;
            }
        }
        return fill(line, r);
    }

    private String fill(String line, LogRecord r) {
        long host = KeyHash.start();
        int pathFrom = -1;
        int pathTo = -1;
        String type = null;
        for (int i = 0; i < tokens.length; i++) {
            Var v = tokens[i].var;
            if (v == null || v == Var.OTHER) {
                continue;
            }
            int a = starts[i];
            int b = ends[i];
            switch (v) {
                case TIME_LOCAL -> {
                    r.time = LogTimes.local(line, a, b);
                    if (Double.isNaN(r.time)) {
                        return "the time is not dd/Mon/yyyy:hh:mm:ss +zzzz";
                    }
                }
                case TIME_ISO -> r.time = LogTimes.fromNumberOrText(Double.NaN, line.substring(a, b));
                case MSEC -> r.time = parseDouble(line, a, b);
                case REQUEST -> {
                    int sp = line.indexOf(' ', a);
                    if (sp < 0 || sp >= b) {
                        return "the request is not \"METHOD /path PROTOCOL\"";
                    }
                    int sp2 = line.indexOf(' ', sp + 1);
                    pathFrom = sp + 1;
                    pathTo = sp2 < 0 || sp2 > b ? b : sp2;
                }
                case URI -> {
                    pathFrom = a;
                    pathTo = b;
                }
                case STATUS -> {
                    long s = LogTimes.number(line, a, b);
                    if (s < 100 || s > 999) {
                        return "the status is not a three-digit number";
                    }
                    r.status = (int) s;
                }
                case BYTES -> {
                    long s = b - a == 1 && line.charAt(a) == '-' ? 0 : LogTimes.number(line, a, b);
                    if (s < 0) {
                        return "the byte count is not a whole number";
                    }
                    r.bytes = s;
                }
                case CACHE -> r.cache = CacheStates.of(line, a, b);
                case HOST -> host = KeyHash.of(host, line, a, b);
                case CONTENT_TYPE -> type = ContentClasses.ofContentType(line.substring(a, b));
                case COUNTRY -> r.country = b - a == 2 ? line.substring(a, b).toUpperCase(java.util.Locale.ROOT) : null;
                case EDGE -> r.edge = b - a >= 3 ? Regions.iataCode(line, a) : null;
                default -> {}
            }
        }
        if (pathFrom < 0 || pathTo <= pathFrom) {
            return "the line has no request path";
        }
        r.key = KeyHash.finish(KeyHash.of(host, line, pathFrom, pathTo));
        r.contentClass = type != null ? type : ContentClasses.ofPath(line, pathFrom, pathTo);
        return null;
    }

    private static double parseDouble(String line, int a, int b) {
        try {
            return Double.parseDouble(line.substring(a, b));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
