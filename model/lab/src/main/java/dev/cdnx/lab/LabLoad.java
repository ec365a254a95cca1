package dev.cdnx.lab;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A bounded load test of one lab server from this machine: {@code clients} threads, each sending GETs
 * one after another over its own keep-alive connection, cycling through {@code paths}, until the time
 * or the request budget runs out. Every request must come back as a 200 with a body of the declared
 * length; anything else is counted as an error, and a request without any answer as lost. Before the
 * clock starts every path is asked for twice, one at a time (the caches fill, the code is compiled);
 * heap in use is measured after a full collection at each fifth of the run, clients still connected.
 */
public final class LabLoad {

    /** The longest run allowed, whatever is asked: this is a lab, not a soak test. */
    public static final int MAX_SECONDS = 60;

    /** What a run measured. */
    public record Result(
            int clients,
            long sent,
            long ok,
            long errors,
            long lost,
            double seconds,
            double p50Ms,
            double p99Ms,
            double maxMs,
            List<Long> heapSamplesBytes) {

        public double perSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }

        /** Aligned lines for the terminal and for docs/performance.md. */
        public String text() {
            return String.format(
                    Locale.ROOT,
                    "clients %d, %.1f s: %d sent, %d ok, %d errors, %d lost (%.0f responses/s)%n"
                            + "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                            + "heap in use after a full GC, at each fifth of the run: %s MB%n",
                    clients,
                    seconds,
                    sent,
                    ok,
                    errors,
                    lost,
                    perSecond(),
                    p50Ms,
                    p99Ms,
                    maxMs,
                    String.join(
                            ", ",
                            heapSamplesBytes.stream()
                                    .map(b -> String.format(Locale.ROOT, "%.1f", b / 1e6))
                                    .toList()));
        }
    }

    /** One client's share of the load: every {@code clients}-th path from {@code first}, until the deadline or the cap. */
    /** What the clients have sent, and how each ended: an answer in full, a wrong answer, or none. */
    private record Counts(AtomicLong sent, AtomicLong ok, AtomicLong errors, AtomicLong lost) {
        Counts() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong());
        }
    }

    private static Histogram client(
            int first,
            int clients,
            long deadline,
            long maxRequests,
            List<String> paths,
            LabNode node,
            HttpClient http,
            Counts counts)
            throws InterruptedException {
        Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
        for (int i = first; System.nanoTime() < deadline; i += clients) {
            if (counts.sent().incrementAndGet() > maxRequests) {
                counts.sent().decrementAndGet();
                break;
            }
            String path = paths.get(Math.floorMod(i, paths.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                h.recordValue(Math.min(h.getHighestTrackableValue(), (System.nanoTime() - t0) / 1000));
                long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (r.statusCode() == 200 && declared == r.body().length) {
                    counts.ok().incrementAndGet();
                } else {
                    counts.errors().incrementAndGet();
                }
            } catch (java.io.IOException e) {
                counts.lost().incrementAndGet();
            }
        }
        return h;
    }

    private LabLoad() {}

    /** Runs the load against {@code node}; blocks until done. */
    public static Result run(LabNode node, List<String> paths, int clients, int seconds, long maxRequests)
            throws InterruptedException {
        if (clients < 1 || clients > 1000) {
            throw new IllegalArgumentException("clients must be from 1 to 1000, got " + clients);
        }
        int boundedSeconds = Math.max(1, Math.min(seconds, MAX_SECONDS));
        ExecutorService threads = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "lab-load");
            t.setDaemon(true);
            return t;
        });
        ExecutorService clientIo = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "lab-load-io");
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(clientIo)
                .build();
        warmUp(http, node, paths);
        Counts counts = new Counts();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(boundedSeconds);
        long started = System.nanoTime();
        List<Future<Histogram>> parts = new ArrayList<>();
        CountDownLatch clientsDone = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            parts.add(threads.submit(() -> {
                try {
                    return client(first, clients, deadline, maxRequests, paths, node, http, counts);
                } finally {
                    clientsDone.countDown();
                }
            }));
        }
        // Heap samples while the clients run (their connections are open in all of them), so a
        // leak shows as growth from the first sample to the last. A run capped by --requests can be done long
        // before its deadline: it stops sampling then, rather than waiting the rest of the seconds out.
        List<Long> heap = new ArrayList<>();
        for (int fifth = 1; fifth < 5; fifth++) {
            long at = started + TimeUnit.SECONDS.toNanos(boundedSeconds) * fifth / 5;
            if (clientsDone.await(Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break;
            }
            heap.add(heapAfterGc());
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
        try {
            for (Future<Histogram> f : parts) {
                all.add(f.get(boundedSeconds + 30L, TimeUnit.SECONDS));
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            threads.shutdownNow();
            clientIo.shutdownNow();
            throw new LabException("the load run did not finish cleanly: " + e.getMessage());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        try {
            heap.add(heapAfterGc());
        } finally {
            java.lang.ref.Reference.reachabilityFence(http); // its pooled connections count in the last sample too
        }
        threads.shutdownNow();
        clientIo.shutdownNow();
        return new Result(
                clients,
                counts.sent().get(),
                counts.ok().get(),
                counts.errors().get(),
                counts.lost().get(),
                elapsed,
                all.getValueAtPercentile(50) / 1000.0,
                all.getValueAtPercentile(99) / 1000.0,
                all.getMaxValue() / 1000.0,
                List.copyOf(heap));
    }

    /** Asks for every path twice, one at a time, so the caches hold them and the code is compiled. */
    private static void warmUp(HttpClient http, LabNode node, List<String> paths) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            for (String path : paths) {
                try {
                    http.send(
                            HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (java.io.IOException e) {
                    throw new LabException(
                            "warm-up request to " + node.baseUrl() + path + " failed: " + e.getMessage());
                }
            }
        }
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
