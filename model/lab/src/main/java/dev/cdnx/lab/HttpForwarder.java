package dev.cdnx.lab;

import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Upstream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;

/**
 * A cache's way to its parent: the JDK's {@link HttpClient} over HTTP/1.1 to the parent's port on
 * 127.0.0.1, after waiting the link's round trip (scaled). Connection fields are dropped, the trip
 * number is passed on, bodies above the lab's cap are refused, and anything that ends without a
 * response (refused, reset, timed out) is an {@link Upstream.UpstreamFailure}, so the cache can serve
 * stale-if-error.
 */
final class HttpForwarder implements Upstream {

    private final HttpClient client;
    private final IntSupplier parentPort;
    private final DoubleSupplier rttMillis;
    private final Delays delays;
    private final LabLimits limits;

    HttpForwarder(
            ExecutorService executor,
            IntSupplier parentPort,
            DoubleSupplier rttMillis,
            Delays delays,
            LabLimits limits) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(limits.connectTimeoutMillis()))
                .executor(executor)
                .build();
        this.parentPort = parentPort;
        this.rttMillis = rttMillis;
        this.delays = delays;
        this.limits = limits;
    }

    @Override
    public HttpResponse fetch(HttpRequest request) {
        delays.pause(rttMillis.getAsDouble());
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + parentPort.getAsInt() + request.url()))
                .timeout(Duration.ofMillis(limits.upstreamTimeoutMillis()))
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
                    // A field the JDK client will not send (a restricted name or a bad value): left out.
                }
            }
        }
        try {
            java.net.http.HttpResponse<InputStream> r = client.send(b.build(), BodyHandlers.ofInputStream());
            HttpHeaders headers = new HttpHeaders();
            for (Map.Entry<String, List<String>> e : r.headers().map().entrySet()) {
                if (!e.getKey().startsWith(":")) {
                    e.getValue().forEach(v -> headers.add(e.getKey(), v));
                }
            }
            String body = readCapped(r.body());
            boolean hasBody = !request.method().equals("HEAD") && r.statusCode() != 304 && r.statusCode() != 204;
            return new HttpResponse(r.statusCode(), headers, hasBody ? body : null);
        } catch (IOException e) {
            throw new UpstreamFailure(
                    "parent on port " + parentPort.getAsInt() + " gave no response: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailure("interrupted while waiting for the parent");
        }
    }

    private String readCapped(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(limits.maxBodyBytes() + 1);
            if (bytes.length > limits.maxBodyBytes()) {
                throw new IOException("body larger than the lab's cap of " + limits.maxBodyBytes() + " bytes");
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
