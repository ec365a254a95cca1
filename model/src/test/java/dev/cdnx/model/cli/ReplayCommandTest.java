package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The replay and gen-trace commands: output, exit codes and messages. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cdnx.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static JsonNode json(Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void percentOfTheWorkingSetGivesTheReferenceCapacityAndCounts() throws IOException {
        String trace =
                SharedData.require("traces/cloudPhysicsIO.oracleGeneral.bin").toString();
        JsonNode d = json(
                run("replay", trace, "--format", "oracleGeneral", "--policy", "LRU", "--cache-size", "1%", "--json"));
        assertEquals(20_297_697, d.get("cacheSize").asLong());
        assertEquals(2_029_769_728L, d.get("workingSet").asLong());
        assertEquals(94_956, d.get("misses").asLong());
        assertEquals(4_280_799_744L, d.get("missedBytes").asLong());
        for (String k :
                new String[] {"requests", "misses", "missRatio", "missedBytes", "byteMissRatio", "requestsPerSecond"}) {
            assertTrue(d.has(k), k);
        }
        JsonNode unit = json(run(
                "replay",
                trace,
                "--format",
                "oracleGeneral",
                "--policy",
                "fifo",
                "--cache-size",
                "0.1",
                "--ignore-size",
                "--json"));
        assertEquals(4_897, unit.get("cacheSize").asLong());
        assertEquals(91_716, unit.get("misses").asLong());
    }

    /** The command, names as written there, against libCacheSim's counts at 10 % (REFERENCE.md's table). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "S3FIFO, 83764, 85691",
        "ARC, 87541, 88002",
        "WTINYLFU, 87296, 88374",
        "GDSF, 86335, 91389",
        "LFUDA, 91359, 91325",
    })
    void newPoliciesAreSelectedByNameOnTheCommandLine(String policy, long missesWithSizes, long missesUnitSize)
            throws IOException {
        String trace =
                SharedData.require("traces/cloudPhysicsIO.oracleGeneral.bin").toString();
        JsonNode sized = json(run("replay", trace, "--format", "oracleGeneral", "--policy", policy, "--json"));
        assertEquals(missesWithSizes, sized.get("misses").asLong());
        assertEquals(
                policy.toLowerCase(java.util.Locale.ROOT), sized.get("policy").asText());
        JsonNode unit =
                json(run("replay", trace, "--format", "oracleGeneral", "--policy", policy, "--ignore-size", "--json"));
        assertEquals(missesUnitSize, unit.get("misses").asLong());
    }

    @Test
    void readableTableByDefault() {
        String trace = SharedData.require("traces/test.tr").toString();
        Run r = run("replay", trace, "--format", "csv", "--policy", "s3-fifo", "--cache-size", "500");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("misses           3,107"), r.out());
        assertTrue(r.out().contains("requests/s"), r.out());
    }

    @Test
    void usageErrorsExitTwoWithTheKnownNames() {
        Path trace = write("t.txt", "1\n2\n");
        Run policy = run("replay", trace.toString(), "--format", "txt", "--policy", "mru");
        assertEquals(2, policy.code());
        assertTrue(
                policy.err().contains("lru, fifo, lfu, clock, sieve, s3fifo, arc, wtinylfu, gdsf, lfuda"),
                policy.err());
        Run format = run("replay", trace.toString(), "--format", "parquet");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("oracleGeneral, vscsi, csv, txt"), format.err());
        Run size = run("replay", trace.toString(), "--format", "txt", "--cache-size", "lots");
        assertEquals(2, size.code());
        assertTrue(size.err().contains("10%"), size.err());
        assertEquals(
                2,
                run("replay", trace.toString(), "--format", "txt", "--cache-size", "5MB", "--ignore-size")
                        .code());
        assertEquals(2, run("replay", trace.toString()).code(), "--format is required");
    }

    @Test
    void badInputExitsOneWithOneLineAndNoStackTrace() {
        Run missing =
                run("replay", dir.resolve("nope.bin").toString(), "--format", "oracleGeneral", "--cache-size", "10");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such trace file"), missing.err());
        Path bad = write("bad.csv", "1,2,3\n1,x,3\n");
        Run garbage = run("replay", bad.toString(), "--format", "csv", "--cache-size", "10");
        assertEquals(1, garbage.code());
        assertEquals(1, garbage.err().strip().lines().count(), garbage.err());
        assertTrue(garbage.err().contains("line 2"), garbage.err());
        assertFalse(garbage.err().contains("Exception") || garbage.err().contains("\tat "), garbage.err());
        Run skipped = run("replay", bad.toString(), "--format", "csv", "--cache-size", "10", "--skip-bad-lines");
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("skipped lines    1"), skipped.out());
    }

    @Test
    void genTraceWritesOracleGeneralWithNextAccessAndTxt() throws IOException {
        Path bin = dir.resolve("z.bin");
        Run r = run(
                "gen-trace",
                "--objects",
                "50",
                "--requests",
                "1000",
                "--alpha",
                "0.9",
                "--seed",
                "7",
                "--out",
                bin.toString());
        assertEquals(0, r.code(), r.err());
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(bin)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(24_000, b.capacity());
        long[] ids = new long[1000];
        long[] next = new long[1000];
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, b.getInt(i * 24));
            ids[i] = b.getLong(i * 24 + 4);
            assertEquals(1, b.getInt(i * 24 + 12));
            next[i] = b.getLong(i * 24 + 16);
        }
        for (int i = 0; i < 1000; i++) {
            int j = i + 1;
            while (j < 1000 && ids[j] != ids[i]) {
                j++;
            }
            assertEquals(j < 1000 ? j + 1 : -1, next[i], "next access of request " + i);
        }
        Path txt = dir.resolve("z.txt");
        assertEquals(
                0,
                run(
                                "gen-trace",
                                "--objects",
                                "50",
                                "--requests",
                                "1000",
                                "--alpha",
                                "0.9",
                                "--seed",
                                "7",
                                "--format",
                                "txt",
                                "--out",
                                txt.toString())
                        .code());
        String[] lines = Files.readString(txt).split("\n");
        assertEquals(1000, lines.length);
        assertEquals(ids[999], Long.parseLong(lines[999]));
        assertEquals(
                2, run("gen-trace", "--objects", "0", "--out", txt.toString()).code());
    }

    private Path write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
