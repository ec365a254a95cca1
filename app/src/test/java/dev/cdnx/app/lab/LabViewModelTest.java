package dev.cdnx.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.lab.LabExchange;
import dev.cdnx.lab.LabNode;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's live lab without a window: started and stopped on the calling thread, hops collected. */
class LabViewModelTest {

    private static Scenario hello() {
        Path dir = Path.of(System.getProperty("cdnx.project.dir", ".."))
                .toAbsolutePath()
                .normalize();
        return ScenarioIO.read(dir.resolve("samples/hello-cdn.json")).orThrow();
    }

    @Test
    void startsListsServersCollectsHopsFollowsCanvasFaultsAndStopsCleanly() throws Exception {
        LabViewModel vm = new LabViewModel(Runnable::run, Runnable::run);
        vm.delayFactorProperty().set(0);
        vm.start(hello(), 0);
        assertTrue(vm.runningProperty().get());
        assertEquals(5, vm.nodes().size());
        LabNode edge = vm.nodes().stream()
                .filter(n -> n.name().equals("edge-tokyo"))
                .findFirst()
                .orElseThrow();

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Void> r = client.send(
                HttpRequest.newBuilder(URI.create(edge.baseUrl() + "/static/4")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, r.statusCode());
        List<String> hops = vm.exchanges().stream().map(LabExchange::node).toList();
        assertEquals(List.of("origin-us-east", "shield-chicago", "edge-tokyo"), hops);
        assertTrue(
                vm.exchanges().get(2).headersText().contains("Cache-Status: shield-chicago; fwd=uri-miss"),
                vm.exchanges().get(2).headersText());

        vm.setDown("edge-tokyo", true);
        assertTrue(vm.isDown("edge-tokyo"));
        assertThrows(IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), edge.port()).close());
        vm.setDown("edge-tokyo", false);
        new Socket(InetAddress.getLoopbackAddress(), edge.port()).close();

        List<Integer> ports = vm.nodes().stream().map(LabNode::port).toList();
        vm.stop();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.nodes().isEmpty());
        for (int port : ports) {
            assertThrows(
                    IOException.class,
                    () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                    "port " + port);
        }
    }

    @Test
    void keepsOnlyTheNewestHops() throws Exception {
        LabViewModel vm = new LabViewModel(Runnable::run, Runnable::run);
        vm.delayFactorProperty().set(0);
        vm.start(hello(), 0);
        try {
            LabNode origin = vm.nodes().stream()
                    .filter(n -> n.name().equals("origin-us-east"))
                    .findFirst()
                    .orElseThrow();
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < LabViewModel.MAX_EXCHANGES + 10; i++) {
                client.send(
                        HttpRequest.newBuilder(URI.create(origin.baseUrl() + "/api/" + (i % 50)))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            assertEquals(LabViewModel.MAX_EXCHANGES, vm.exchanges().size());
        } finally {
            vm.stop();
        }
    }
}
