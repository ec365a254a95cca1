package dev.cdnx.app.lab;

import dev.cdnx.lab.LabNode;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code --show lab --demo}: the Live Lab at work for a picture: the lab started, the first edge asked
 * for one object twice (a miss through every tier, then a hit), the hit's header lines shown. Runs on a
 * thread of its own; it hands every change to the FX thread through {@code fx}.
 */
public final class LabDemo {

    private LabDemo() {}

    public static void play(LabViewModel vm, Scenario scenario, Consumer<Runnable> fx)
            throws InterruptedException, IOException {
        CountDownLatch started = new CountDownLatch(1);
        fx.accept(() -> {
            vm.runningProperty().addListener((o, was, now) -> {
                if (now) {
                    started.countDown();
                }
            });
            vm.start(scenario, 0);
        });
        if (!started.await(20, TimeUnit.SECONDS)) {
            throw new IOException(
                    "the lab did not start: " + vm.statusProperty().get());
        }
        LabNode edge = vm.nodes().stream()
                .filter(n -> n.kind() == NodeKind.EDGE)
                .findFirst()
                .orElseThrow(() -> new IOException("the scenario has no edge"));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        for (int i = 0; i < 2; i++) {
            client.send(
                    HttpRequest.newBuilder(URI.create(edge.baseUrl() + edge.samplePath()))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        CountDownLatch shown = new CountDownLatch(1);
        fx.accept(() -> {
            if (!vm.exchanges().isEmpty()) {
                vm.focusedProperty().set(vm.exchanges().get(vm.exchanges().size() - 1));
            }
            shown.countDown();
        });
        shown.await(10, TimeUnit.SECONDS);
    }
}
