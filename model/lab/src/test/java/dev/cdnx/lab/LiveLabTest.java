package dev.cdnx.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.NodeKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The hello-cdn lab end to end, through real sockets with the JDK client, on a clock moved by hand. */
class LiveLabTest {

    @Test
    void everyEdgeShieldAndOriginGetsItsOwnLoopbackPortAndACurlLine() {
        try (LiveLab lab = LabFixtures.lab("hello-cdn.json", new AtomicLong(LabFixtures.START))) {
            List<LabNode> nodes = lab.nodes();
            assertEquals(
                    List.of("edge-los-angeles", "edge-london", "edge-tokyo", "shield-chicago", "origin-us-east"),
                    nodes.stream().map(LabNode::name).toList());
            assertEquals(5, nodes.stream().mapToInt(LabNode::port).distinct().count());
            assertEquals(NodeKind.ORIGIN, lab.node("origin-us-east").kind());
            assertEquals(
                    "curl -si http://127.0.0.1:" + lab.node("edge-london").port() + "/static/0 -o /dev/null -D -",
                    lab.node("edge-london").curlLine());
            assertEquals(5, lab.boundAddresses().size());
            for (InetSocketAddress a : lab.boundAddresses()) {
                assertTrue(a.getAddress().isLoopbackAddress(), a + " must be a loopback address");
                assertEquals("127.0.0.1", a.getAddress().getHostAddress());
            }
        }
    }

    @Test
    void aMissThenAHitWithAGrowingAgeAndACacheStatusEntryPerTier() throws Exception {
        AtomicLong clock = new AtomicLong(LabFixtures.START);
        try (LiveLab lab = LabFixtures.lab("hello-cdn.json", clock)) {
            LabNode edge = lab.node("edge-london");
            HttpResponse<String> first = LabFixtures.get(edge, "/static/0");
            assertEquals(200, first.statusCode());
            assertEquals(
                    "shield-chicago; fwd=uri-miss; fwd-status=200; stored, "
                            + "edge-london; fwd=uri-miss; fwd-status=200; stored",
                    first.headers().firstValue("Cache-Status").orElseThrow());
            assertEquals("0", first.headers().firstValue("Age").orElseThrow());
            long size = new LabCatalog(LabFixtures.sample("hello-cdn.json").workload, 42)
                    .find("/static/0")
                    .size();
            assertEquals(size, first.body().length());
            assertEquals(
                    Long.toString(size),
                    first.headers().firstValue("Content-Length").orElseThrow());
            assertEquals(
                    "public, max-age=31536000, immutable",
                    first.headers().firstValue("Cache-Control").orElseThrow());

            clock.addAndGet(12_000);
            HttpResponse<String> second = LabFixtures.get(edge, "/static/0");
            assertEquals(200, second.statusCode());
            assertEquals(
                    "edge-london; hit",
                    second.headers().firstValue("Cache-Status").orElseThrow());
            assertEquals("12", second.headers().firstValue("Age").orElseThrow());
            assertEquals(first.body(), second.body());

            HttpResponse<String> viaTokyo = LabFixtures.get(lab.node("edge-tokyo"), "/static/0");
            assertEquals(
                    "shield-chicago; hit, edge-tokyo; fwd=uri-miss; fwd-status=200; stored",
                    viaTokyo.headers().firstValue("Cache-Status").orElseThrow());
            assertEquals("12", viaTokyo.headers().firstValue("Age").orElseThrow());
        }
    }

    @Test
    void eachHopOfATripIsLoggedWithItsRealHeadersUnderOneTripNumber() throws Exception {
        try (LiveLab lab = LabFixtures.lab("hello-cdn.json", new AtomicLong(LabFixtures.START))) {
            List<LabExchange> seen = new CopyOnWriteArrayList<>();
            lab.log().addListener(seen::add);
            LabFixtures.get(lab.node("edge-london"), "/pages/3");
            assertEquals(
                    List.of("origin-us-east", "shield-chicago", "edge-london"),
                    seen.stream().map(LabExchange::node).toList());
            assertEquals(
                    1, seen.stream().mapToLong(LabExchange::trip).distinct().count());
            LabExchange atOrigin = seen.get(0);
            assertEquals("origin", atOrigin.outcome());
            assertTrue(atOrigin.response().stream().anyMatch(f -> f.name().equals("ETag")));
            assertTrue(seen.get(2).response().stream().anyMatch(f -> f.name().equals("Cache-Status")));
        }
    }

    @Test
    void theOriginChangesObjectsOnTheClassScheduleAndRevalidationGivesA304() throws Exception {
        AtomicLong clock = new AtomicLong(LabFixtures.START);
        try (LiveLab lab = LabFixtures.lab("hello-cdn.json", clock)) {
            LabNode origin = lab.node("origin-us-east");
            String etag = LabFixtures.get(origin, "/api/1")
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
            assertTrue(etag.startsWith("\"a1-1-"), etag);
            clock.addAndGet(31_000); // the api class changes every 30 s
            String later = LabFixtures.get(origin, "/api/1")
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
            assertFalse(etag.equals(later), "the version must have moved on");

            LabNode edge = lab.node("edge-london");
            LabFixtures.get(edge, "/pages/1");
            clock.addAndGet(400_000); // past max-age=300 and its 60 s of stale-while-revalidate
            HttpResponse<String> again = LabFixtures.get(edge, "/pages/1");
            assertTrue(
                    again.headers()
                            .firstValue("Cache-Status")
                            .orElseThrow()
                            .endsWith("edge-london; fwd=stale; fwd-status=304; stored"),
                    again.headers().firstValue("Cache-Status").orElseThrow());
        }
    }

    @Test
    void anEdgeTakenDownStopsAnsweringAndAnOriginDownMakesTheShieldServeStaleIfError() throws Exception {
        AtomicLong clock = new AtomicLong(LabFixtures.START);
        try (LiveLab lab = LabFixtures.lab("hello-cdn.json", clock)) {
            LabNode edge = lab.node("edge-london");
            assertEquals(200, LabFixtures.get(edge, "/api/2").statusCode());
            lab.setDown("origin-us-east", true);
            clock.addAndGet(20_000); // past s-maxage=10, within stale-if-error=300
            HttpResponse<String> stale = LabFixtures.get(edge, "/api/2");
            assertEquals(200, stale.statusCode());
            // The edge revalidates its stale copy; the shield, unable to reach the origin, answers from
            // its own stale copy (a 304 to the edge's conditional request), as stale-if-error=300 allows.
            assertEquals(
                    "shield-chicago; hit; fwd=uri-miss; detail=stale-if-error, edge-london; fwd=stale; fwd-status=304; stored",
                    stale.headers().firstValue("Cache-Status").orElseThrow());
            assertEquals(4000, stale.body().length());
            assertEquals(502, LabFixtures.get(edge, "/api/3").statusCode(), "nothing stored, origin down");

            lab.setDown("edge-london", true);
            assertThrows(IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), edge.port()).close());
            lab.setDown("edge-london", false);
            lab.setDown("origin-us-east", false);
            assertEquals(200, LabFixtures.get(edge, "/api/3").statusCode());
        }
    }

    @Test
    void closingFreesEveryPort() throws Exception {
        LiveLab lab = LabFixtures.lab("hello-cdn.json", new AtomicLong(LabFixtures.START));
        List<Integer> ports = lab.nodes().stream().map(LabNode::port).toList();
        assertTrue(lab.isRunning());
        lab.close();
        assertFalse(lab.isRunning());
        for (int port : ports) {
            assertThrows(
                    IOException.class,
                    () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                    "port " + port);
        }
    }
}
