package dev.cdnx.lab;

import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Upstream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A client of one lab server, as the JDK's {@link HttpClient} over HTTP/1.1: the model's request in,
 * the model's response out. Fields the JDK client reserves for itself (Host, Connection,
 * Content-Length, Expect, Upgrade) are left for it to write. Used by the conformance harness, the load
 * test and the tests.
 */
public final class LabClient implements Upstream {

    private final HttpClient client;
    private final int port;
    private final Duration timeout;

    public LabClient(int port, Duration timeout) {
        this(
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(timeout)
                        .build(),
                port,
                timeout);
    }

    public LabClient(HttpClient client, int port, Duration timeout) {
        this.client = client;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public HttpResponse fetch(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + port + request.url()))
                .timeout(timeout)
                .method(
                        request.method(),
                        request.body() == null
                                ? BodyPublishers.noBody()
                                : BodyPublishers.ofString(request.body(), StandardCharsets.ISO_8859_1));
        for (HttpHeaders.Field f : request.headers().fields()) {
            if (Wire.forwarded(f.name())) {
                try {
                    b.header(f.name(), f.value());
                } catch (IllegalArgumentException notSendable) {
                    // The JDK client refuses this name or value; the request goes without it.
                }
            }
        }
        try {
            java.net.http.HttpResponse<byte[]> r = client.send(b.build(), BodyHandlers.ofByteArray());
            HttpHeaders headers = new HttpHeaders();
            for (Map.Entry<String, List<String>> e : r.headers().map().entrySet()) {
                if (!e.getKey().startsWith(":")) {
                    e.getValue().forEach(v -> headers.add(e.getKey(), v));
                }
            }
            boolean hasBody = !request.method().equals("HEAD") && r.statusCode() != 304 && r.statusCode() != 204;
            String body = hasBody ? new String(r.body(), StandardCharsets.ISO_8859_1) : null;
            return new HttpResponse(r.statusCode(), headers, body);
        } catch (IOException e) {
            throw new UpstreamFailure("lab server on port " + port + " gave no response: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailure("interrupted");
        }
    }
}
