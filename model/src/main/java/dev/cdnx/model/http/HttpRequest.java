package dev.cdnx.model.http;

import java.util.Locale;

/**
 * A request as a cache sees it: method, target URL (path and query, or absolute), header lines and an
 * optional body. The headers object is mutable and owned by the request; the cache never changes the
 * client's request but copies it before adding validators. The method is kept as sent; comparisons
 * ignore case only for {@link #isGetOrHead}, since methods are case-sensitive in HTTP.
 */
public record HttpRequest(String method, String url, HttpHeaders headers, String body) {

    /** A GET of {@code url} with no headers. */
    public static HttpRequest get(String url) {
        return new HttpRequest("GET", url, new HttpHeaders(), null);
    }

    /** A request with the given method and headers and no body. */
    public static HttpRequest of(String method, String url, HttpHeaders headers) {
        return new HttpRequest(method, url, headers, null);
    }

    /** Whether this is a GET or HEAD, the methods whose responses the cache stores. */
    public boolean isGetOrHead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Whether the method is safe (RFC 9110 9.2.1); any other method invalidates on success. */
    public boolean isSafe() {
        String m = method.toUpperCase(Locale.ROOT);
        return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || m.equals("TRACE");
    }

    /** A copy with its own header list, for the cache to add validators to. */
    public HttpRequest withHeaders(HttpHeaders newHeaders) {
        return new HttpRequest(method, url, newHeaders, body);
    }
}
