package dev.cdnx.lab;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Shared helpers: the sample scenarios, a clock moved by hand from any thread, a JDK client. */
final class LabFixtures {

    static final long START = 1_750_000_000_000L;

    private LabFixtures() {}

    static Path projectDir() {
        return Path.of(System.getProperty("cdnx.project.dir", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    static Scenario sample(String name) {
        return ScenarioIO.read(projectDir().resolve("samples").resolve(name)).orThrow();
    }

    /** A lab of {@code sample} on free ports, no delays, on {@code clock}. */
    static LiveLab lab(String sample, AtomicLong clock) {
        return LiveLab.start(sample(sample), 0, 0, clock::get, LabLimits.defaults());
    }

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static HttpResponse<String> get(LabNode node, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .build();
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    }
}
