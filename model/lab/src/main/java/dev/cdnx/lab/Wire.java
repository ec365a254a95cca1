package dev.cdnx.lab;

import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Moves messages between Jetty and the model's {@link HttpRequest}/{@link HttpResponse}. Bodies are
 * kept as ISO-8859-1 text so that every byte maps to one char and lengths stay exact. Fields that
 * describe one connection (RFC 9110 7.6.1) are never copied across a hop; the framing fields
 * ({@code Content-Length}, {@code Transfer-Encoding}) are left to the server that writes the message.
 */
final class Wire {

    /** Connection-specific and framing fields, lower case. */
    static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "content-length",
            "host",
            "expect",
            "proxy-authorization",
            "proxy-authenticate");

    private Wire() {}

    /** Framing fields: the server writing a message computes them. */
    static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding");

    static boolean forwarded(String name) {
        return !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The request as the model sees it: method, origin-form target, fields in order, body. */
    static HttpRequest toModel(Request request) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        for (HttpField f : request.getHeaders()) {
            headers.add(f.getName(), f.getValue());
        }
        String target = request.getHttpURI().getPathQuery();
        String body = null;
        long length = request.getLength();
        if (length > 0 || request.getHeaders().contains("Transfer-Encoding")) {
            body = Content.Source.asString(request, StandardCharsets.ISO_8859_1);
        }
        return new HttpRequest(request.getMethod(), target == null || target.isEmpty() ? "/" : target, headers, body);
    }

    /**
     * Writes {@code r} as the answer to {@code request} and completes {@code callback}. Every field but
     * the framing ones is written as given (the caches have already dropped the hop-by-hop ones; an
     * origin's {@code Connection} list must reach the next hop). A declared {@code Content-Length}
     * shorter than the body cuts the body, as it would on the wire.
     */
    static void send(Request request, Response response, Callback callback, HttpResponse r) {
        response.setStatus(r.status());
        for (HttpHeaders.Field f : r.headers().fields()) {
            if (!FRAMING.contains(f.name().toLowerCase(Locale.ROOT))) {
                response.getHeaders().add(f.name(), f.value());
            }
        }
        boolean noBody = r.body() == null
                || r.status() == 304
                || r.status() == 204
                || request.getMethod().equals("HEAD");
        if (noBody) {
            String length = r.headers().first("Content-Length");
            if (request.getMethod().equals("HEAD") && length != null) {
                response.getHeaders().put("Content-Length", length.strip());
            }
            response.write(true, null, callback);
            return;
        }
        byte[] bytes = r.body().getBytes(StandardCharsets.ISO_8859_1);
        int length = Math.min(bytes.length, declaredLength(r.headers(), bytes.length));
        response.getHeaders().put("Content-Length", Integer.toString(length));
        response.write(true, ByteBuffer.wrap(bytes, 0, length), callback);
    }

    private static int declaredLength(HttpHeaders headers, int otherwise) {
        String value = headers.first("Content-Length");
        if (value == null
                || value.isBlank()
                || !value.strip().chars().allMatch(Character::isDigit)
                || value.strip().length() > 9) {
            return otherwise;
        }
        return Integer.parseInt(value.strip());
    }

    /** A short plain-text answer (errors the lab makes itself). */
    static void plain(Response response, Callback callback, int status, String text) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", "text/plain; charset=utf-8");
        response.getHeaders().put("Cache-Control", "no-store");
        Content.Sink.write(response, true, text + "\n", callback);
    }

    /** Streams {@code length} synthetic bytes that spell {@code label} again and again. */
    static void streamSynthetic(Response response, String label, long length) throws IOException {
        byte[] line = (label + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = new byte[16 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = line[i % line.length];
        }
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            long left = length;
            long offset = 0;
            while (left > 0) {
                int start = (int) (offset % line.length);
                int n = (int) Math.min(left, chunk.length - line.length);
                out.write(chunk, start, n);
                offset += n;
                left -= n;
            }
        }
    }
}
