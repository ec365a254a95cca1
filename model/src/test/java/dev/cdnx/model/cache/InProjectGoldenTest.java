package dev.cdnx.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.trace.ReplayResult;
import dev.cdnx.model.trace.TraceFormat;
import dev.cdnx.model.trace.TraceReader;
import dev.cdnx.model.trace.TraceReplay;
import dev.cdnx.model.trace.Traces;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden replay numbers that need nothing outside the project: {@code cdnx gen-trace} writes the Zipf
 * trace of the published recipe (100,000 objects, 1,000,000 requests, alpha 1.0, seed 42, one id a line),
 * its SHA-256 must be the published one, and every policy with a plain java.util twin
 * ({@link NaiveCaches}) replays it through the project's text reader. Each pinned count must also equal
 * the twin's, so a pinned number is never only "what the code did". Sizes are 1 (the recipe's), so
 * capacities are object counts.
 */
class InProjectGoldenTest {

    /** The published SHA-256 of the alpha 1.0 text trace (shared/traces/README.md, also ZipfGeneratorTest). */
    static final String SHA256 = "b0b80ae79efcfe218d43a977877053fe8cdcd511e0a8ab8aa1bd22200d3f894c";

    @TempDir
    static Path dir;

    static Path trace;

    @BeforeAll
    static void generate() throws Exception {
        trace = dir.resolve("zipf-1.0.txt");
        PrintStream out = System.out;
        int code;
        try {
            // gen-trace reports what it wrote; the build's output has no use for that line
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            code = Cdnx.execute(
                    "gen-trace",
                    "--objects",
                    "100000",
                    "--requests",
                    "1000000",
                    "--alpha",
                    "1.0",
                    "--seed",
                    "42",
                    "--format",
                    "txt",
                    "--out",
                    trace.toString());
        } finally {
            System.setOut(out);
        }
        assertEquals(0, code, "gen-trace exit code");
    }

    @Test
    void theGeneratedTraceIsThePublishedOne() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(trace)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
        assertEquals(SHA256, HexFormat.of().formatHex(digest.digest()));
    }

    @ParameterizedTest(name = "{0} at {1} objects: {2} misses")
    @CsvSource({
        "lru, 1000, 494546",
        "lru, 10000, 265218",
        "fifo, 1000, 535692",
        "fifo, 10000, 300827",
        "lfu, 1000, 407435",
        "clock, 1000, 482989",
        "sieve, 1000, 402954",
        "s3fifo, 1000, 402355",
        "s3fifo, 10000, 222343",
    })
    void pinnedMissesAgreeWithTheNaiveTwin(String policy, long capacity, long misses) throws Exception {
        ReplayResult r;
        try (TraceReader reader = Traces.open(trace, TraceFormat.TXT, null)) {
            r = TraceReplay.run(reader, CachePolicies.create(policy, capacity), true);
        }
        NaiveCaches.Naive naive = NaiveCaches.create(policy, capacity);
        long naiveMisses = 0;
        try (TraceReader reader = Traces.open(trace, TraceFormat.TXT, null)) {
            while (reader.next()) {
                if (!naive.get(reader.id(), 1)) {
                    naiveMisses++;
                }
            }
        }
        String row = String.format("\"%s, %d, %d\",", policy, capacity, r.misses());
        assertEquals(1_000_000, r.requests(), "requests; " + row);
        assertEquals(naiveMisses, r.misses(), "misses differ from the naive twin; " + row);
        assertEquals(misses, r.misses(), "misses; " + row);
    }
}
