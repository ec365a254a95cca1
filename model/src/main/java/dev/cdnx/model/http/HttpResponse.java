package dev.cdnx.model.http;

import java.util.List;

/**
 * A response: status code, header lines, body (null for none) and any interim (1xx) responses that
 * came before it. The cache forwards interim responses to the client that caused them and never
 * stores them. The headers object is mutable and owned by the response.
 */
public record HttpResponse(int status, HttpHeaders headers, String body, List<HttpResponse> interim) {

    /** A final response without interim responses. */
    public HttpResponse(int status, HttpHeaders headers, String body) {
        this(status, headers, body, List.of());
    }

    /** The same status and body with other headers. */
    public HttpResponse withHeaders(HttpHeaders newHeaders) {
        return new HttpResponse(status, newHeaders, body, interim);
    }

    /** The same response with its interim responses dropped (what a stored copy is served with). */
    public HttpResponse withoutInterim() {
        return new HttpResponse(status, headers, body, List.of());
    }
}
