package dev.cdnx.model.traffic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses a file's format from its first lines (after unpacking): binary records are an oracleGeneral
 * trace; {@code #Version}/{@code #Fields:} is CloudFront; a JSON object with Cloudflare's field names is
 * Logpush, any other JSON object Fastly; {@code [time] "request"} is a combined log; five columns with a
 * word in the third is the Wikimedia trace; numbers only are a cache trace (one column: txt).
 */
public final class FormatDetector {

    /** How many lines a preview shows and detection looks at. */
    public static final int PREVIEW_LINES = 20;

    private FormatDetector() {}

    /** What detection found: the format (null when nothing fits) and the first lines, for a preview. */
    public record Detected(LogFormat format, List<String> firstLines, Decompression.Packing packing) {}

    /** Reads the first lines of {@code file} and guesses its format. */
    public static Detected detect(Path file) throws IOException {
        try (Decompression.Counted in = Decompression.open(file)) {
            byte[] head = in.readNBytes(64 * 1024);
            for (int i = 0; i < Math.min(head.length, 4096); i++) {
                if (head[i] == 0) {
                    return new Detected(LogFormat.ORACLE_GENERAL, List.of(), in.packing());
                }
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(
                    new InputStreamReader(new java.io.ByteArrayInputStream(head), StandardCharsets.UTF_8));
            String line;
            while (lines.size() < PREVIEW_LINES && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.length() > 2000 ? line.substring(0, 2000) : line);
                }
            }
            return new Detected(guess(lines), lines, in.packing());
        }
    }

    /**
     * The fields a preview names for {@code format}: CloudFront's {@code #Fields:} columns, the keys of
     * the first JSON object, or the fixed layout of the other formats.
     */
    public static List<String> fields(LogFormat format, List<String> lines) {
        if (format == null) {
            return List.of();
        }
        switch (format) {
            case CLOUDFRONT -> {
                for (String l : lines) {
                    if (l.startsWith("#Fields:")) {
                        return List.of(l.substring(8).trim().split("\\s+"));
                    }
                }
                return List.of(CloudFrontParser.DEFAULT_FIELDS.split(" "));
            }
            case CLOUDFLARE, FASTLY -> {
                for (String l : lines) {
                    if (l.strip().startsWith("{")) {
                        return jsonKeys(l);
                    }
                }
                return List.of();
            }
            case NGINX -> {
                return List.of(NginxParser.DEFAULT_PATTERN.split(" "));
            }
            case WIKIMEDIA -> {
                return List.of("relative_unix", "hashed_path_query", "image_type", "response_size", "time_firstbyte");
            }
            case ORACLE_GENERAL -> {
                return List.of("time (uint32)", "obj_id (uint64)", "obj_size (uint32)", "next_access_vtime (int64)");
            }
            default -> {
                return List.of("time", "id", "size");
            }
        }
    }

    private static List<String> jsonKeys(String line) {
        List<String> keys = new ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser p =
                new com.fasterxml.jackson.core.JsonFactory().createParser(line)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return keys;
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // A preview of a damaged line names the keys read before the damage.
        }
        return keys;
    }

    /** The format of these first non-blank lines, or null. */
    static LogFormat guess(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("#Version") || line.startsWith("#Fields:")) {
                return LogFormat.CLOUDFRONT;
            }
            if (line.startsWith("relative_unix")) {
                return LogFormat.WIKIMEDIA;
            }
            if (line.startsWith("#")) {
                continue;
            }
            return guessLine(line);
        }
        return null;
    }

    private static LogFormat guessLine(String line) {
        String t = line.strip();
        if (t.startsWith("{")) {
            return t.contains("\"ClientRequestURI\"") || t.contains("\"EdgeStartTimestamp\"") || t.contains("\"RayID\"")
                    ? LogFormat.CLOUDFLARE
                    : LogFormat.FASTLY;
        }
        int bracket = t.indexOf(" [");
        if (bracket > 0 && t.indexOf("] \"", bracket) > 0) {
            return LogFormat.NGINX;
        }
        if (t.chars().filter(c -> c == '\t').count() >= 10) {
            return LogFormat.CLOUDFRONT;
        }
        int[] starts = new int[8];
        int[] ends = new int[8];
        String spaced = t.replace(',', ' ');
        int n = Fields.split(spaced, starts, ends);
        int numeric = 0;
        for (int i = 0; i < n; i++) {
            if (isNumber(spaced, starts[i], ends[i])) {
                numeric++;
            }
        }
        if (n == 5 && numeric == 4 && !isNumber(spaced, starts[2], ends[2])) {
            return LogFormat.WIKIMEDIA;
        }
        if (n >= 1 && numeric == n) {
            return n == 1 ? LogFormat.TXT : LogFormat.CSV;
        }
        return null;
    }

    private static boolean isNumber(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
