package dev.cdnx.model.traffic;

import java.util.List;

/**
 * Sorts requests into the content classes an imported workload uses: by the response's content type
 * when the log has one, else by the path's file extension. Six classes: images, video, html, static
 * (scripts, styles, fonts), api (JSON, XML) and other.
 */
public final class ContentClasses {

    public static final String IMAGES = "images";
    public static final String VIDEO = "video";
    public static final String HTML = "html";
    public static final String STATIC = "static";
    public static final String API = "api";
    public static final String OTHER = "other";

    /** Every class name, in the order workload files list them. */
    public static final List<String> ALL = List.of(IMAGES, VIDEO, HTML, STATIC, API, OTHER);

    private ContentClasses() {}

    /** {@link #ofContentType(String)} of {@code s[from, to)}, without copying the common types. */
    static String ofContentType(String s, int from, int to) {
        int n = to - from;
        if (n <= 1) {
            return null;
        }
        if (s.startsWith("image/", from)) {
            return IMAGES;
        }
        if (s.startsWith("text/html", from)) {
            return HTML;
        }
        return ofContentType(s.substring(from, to));
    }

    /** The class of a MIME type such as {@code image/webp; charset=…}, or null for an empty or unknown one. */
    public static String ofContentType(String type) {
        if (type == null || type.isEmpty() || type.equals("-")) {
            return null;
        }
        if (type.startsWith("image/")) {
            return IMAGES;
        }
        if (type.startsWith("video/")
                || type.startsWith("audio/")
                || type.contains("mpegurl")
                || type.contains("dash+xml")) {
            return VIDEO;
        }
        if (type.startsWith("text/html")) {
            return HTML;
        }
        if (type.startsWith("text/css") || type.contains("javascript") || type.startsWith("font/")) {
            return STATIC;
        }
        if (type.contains("json") || type.contains("xml")) {
            return API;
        }
        return OTHER;
    }

    /**
     * The class of a URL path by its extension (the text after the last dot of the last segment, the
     * query left out); a path with no extension or ending in a slash is a page.
     */
    public static String ofPath(CharSequence path, int from, int to) {
        int end = to;
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int dot = -1;
        for (int i = end - 1; i >= from; i--) {
            char c = path.charAt(i);
            if (c == '.') {
                dot = i;
                break;
            }
            if (c == '/') {
                break;
            }
        }
        if (dot < 0) {
            return HTML;
        }
        return ofExtension(path.subSequence(dot + 1, end).toString());
    }

    /** The class of a file extension or a Wikimedia image type ("jpeg", "png", "webm"…). */
    public static String ofExtension(String ext) {
        return switch (ext.toLowerCase(java.util.Locale.ROOT)) {
            case "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff" -> IMAGES;
            case "mp4", "webm", "m4s", "ts", "m3u8", "mpd", "mov", "ogv", "mp3", "ogg", "oga", "m4a", "flac", "wav" ->
                VIDEO;
            case "html", "htm", "php", "asp", "aspx" -> HTML;
            case "js", "mjs", "css", "woff", "woff2", "ttf", "otf", "map" -> STATIC;
            case "json", "xml", "rss" -> API;
            default -> OTHER;
        };
    }
}
