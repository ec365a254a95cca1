package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.SharedData;
import dev.cdnx.model.cli.Cdnx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnx import} and {@code cdnx simulate --workload} end to end, in process. */
class ImportCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run cdnx(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = Cdnx.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private Path cloudFrontLog(SyntheticLogs gen) throws IOException {
        return gen.write(dir.resolve("cf.log.gz"), SyntheticLogs.CLOUDFRONT_HEADER, SyntheticLogs.CLOUDFRONT);
    }

    @Test
    void importHelpIsImportsOwn() {
        Run r = cdnx("import", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: cdnx import"), r.out());
        assertTrue(r.out().contains("--format") && r.out().contains("--out"), r.out());
    }

    @Test
    void importJsonSummaryAndWorkloadFile() throws IOException {
        SyntheticLogs gen = new SyntheticLogs(3000, 400, 0.9, 5);
        Path log = cloudFrontLog(gen);
        Path out = dir.resolve("w.json");
        Run r = cdnx("import", log.toString(), "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(3000, j.get("requests").asLong());
        assertEquals(gen.seen, j.get("objects").asLong());
        assertEquals(gen.bytes, j.get("bytes").asLong());
        assertEquals(0, j.get("rejectedLines").asLong());
        assertEquals(750, j.get("regions").get("eu").asLong());
        assertEquals((double) gen.hits / 3000, j.get("logHitRatio").asDouble(), 1e-12);
        assertEquals(0.9, j.get("zipfAlpha").asDouble(), 0.1);
        Workload back = WorkloadFiles.load(out);
        assertEquals(3000, back.requests);
        assertEquals("cloudfront", back.source.format);
    }

    @Test
    void importRefusesToOverwriteAScenario() throws IOException {
        Path log = cloudFrontLog(new SyntheticLogs(200, 50, 0.9, 5));
        Path scenario = Files.copy(SharedData.projectDir().resolve("samples/hello-cdn.json"), dir.resolve("s.json"));
        Run r = cdnx("import", log.toString(), "--out", scenario.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not a workload file"), r.err());
    }

    @Test
    void simulateReplaysTheLogAndComparesPerRegion() throws IOException {
        Path log = cloudFrontLog(new SyntheticLogs(2000, 300, 0.9, 5));
        Path w = dir.resolve("w.json");
        assertEquals(0, cdnx("import", log.toString(), "--out", w.toString()).code());
        Run r = cdnx(
                "simulate",
                SharedData.projectDir().resolve("samples/hello-cdn.json").toString(),
                "--workload",
                w.toString(),
                "--replay");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("requests          2,000"), r.out());
        assertTrue(r.out().contains("Log against simulation") && r.out().contains("eu "), r.out());
    }

    @Test
    void simulateFittedScalesTraffic() throws IOException {
        Path log = cloudFrontLog(new SyntheticLogs(2000, 300, 0.9, 5));
        Path w = dir.resolve("w.json");
        assertEquals(0, cdnx("import", log.toString(), "--out", w.toString()).code());
        String scenario =
                SharedData.projectDir().resolve("samples/hello-cdn.json").toString();
        JsonNode once = new ObjectMapper()
                .readTree(cdnx("simulate", scenario, "--workload", w.toString(), "--json", "--duration", "200s")
                        .out());
        JsonNode tenTimes = new ObjectMapper()
                .readTree(cdnx(
                                "simulate",
                                scenario,
                                "--workload",
                                w.toString(),
                                "--json",
                                "--duration",
                                "200s",
                                "--traffic-scale",
                                "10")
                        .out());
        // The log has one request a second: about 200 in 200 s, and ten times that when scaled.
        long base = once.get("requests").asLong();
        assertTrue(base > 150 && base < 250, "fitted at the log's rate: " + base);
        double ratio = (double) tenTimes.get("requests").asLong() / base;
        assertTrue(ratio > 8 && ratio < 12, "traffic x 10 gives about ten times the requests: " + ratio);
    }

    @Test
    void aScenarioNamesItsWorkloadBesideItAndNotOutside() throws IOException {
        Path log = cloudFrontLog(new SyntheticLogs(500, 100, 0.9, 5));
        Path inside = dir.resolve("proj");
        Files.createDirectories(inside);
        assertEquals(
                0,
                cdnx("import", log.toString(), "--out", inside.resolve("w.json").toString())
                        .code());
        assertEquals(
                0,
                cdnx(
                                "import",
                                log.toString(),
                                "--out",
                                dir.resolve("outside.json").toString())
                        .code());
        String text = Files.readString(SharedData.projectDir().resolve("samples/hello-cdn.json"));
        Path good = Files.writeString(
                inside.resolve("good.json"),
                text.replaceFirst("\"workload\"\\s*:\\s*\\{", "\"workload\": { \"file\": \"w.json\","));
        Path bad = Files.writeString(
                inside.resolve("bad.json"),
                text.replaceFirst("\"workload\"\\s*:\\s*\\{", "\"workload\": { \"file\": \"../outside.json\","));
        Run ok = cdnx("simulate", good.toString(), "--duration", "60s", "--json");
        assertEquals(0, ok.code(), ok.err());
        Run refused = cdnx("simulate", bad.toString(), "--duration", "60s");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("outside the scenario's folder"), refused.err());
    }

    @Test
    void replayWithoutAWorkloadIsAUsageError() {
        Run r = cdnx(
                "simulate",
                SharedData.projectDir().resolve("samples/hello-cdn.json").toString(),
                "--replay");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--replay needs a workload"), r.err());
    }
}
