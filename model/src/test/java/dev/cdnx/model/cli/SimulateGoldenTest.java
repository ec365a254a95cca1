package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's gate: {@code simulate --json} of every sample under every delivery model (and with 30
 * requests followed) must stay byte for byte what it was, timings aside, through any change that is
 * meant to make the engine faster. The hashes in {@code golden/simulate-json.sha256} were taken from
 * {@code model/scripts/engine-golden.sh} (which also covers the full 60 s large-cdn run) on the code before the
 * speed work; a change that alters a count on purpose regenerates them and says why.
 */
class SimulateGoldenTest {

    private static final String[] SAMPLES = {
        "cost-lever",
        "hello-cdn",
        "multi-cdn",
        "patch-day",
        "personalized",
        "query-fragmentation",
        "regional-caches",
        "single-request",
        "thundering-herd",
        "viral-no-shield",
        "viral-shield"
    };

    static Stream<Arguments> runs() {
        List<Arguments> all = new ArrayList<>();
        for (String s : SAMPLES) {
            for (String m : new String[] {"pull", "push", "hybrid"}) {
                all.add(Arguments.of(
                        s + "-" + m, new String[] {"simulate", CliRun.sample(s + ".json"), "--model", m, "--json"}));
            }
            all.add(Arguments.of(
                    s + "-follow", new String[] {"simulate", CliRun.sample(s + ".json"), "--json", "--follow", "30"}));
        }
        all.add(Arguments.of(
                "large-5s", new String[] {"simulate", CliRun.sample("large-cdn.json"), "--duration", "5s", "--json"}));
        all.add(Arguments.of("large-1000", new String[] {
            "simulate", CliRun.sample("large-cdn.json"), "--duration", "5s", "--set", "workload.objects=1000", "--json"
        }));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void simulateJsonIsByteIdentical(String name, String[] args) throws Exception {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.code(), r.err());
        String expected = golden().getProperty(name);
        assertNotNull(expected, "no golden hash for " + name);
        assertEquals(expected, sha256(withoutTimings(r.out())), name + " changed:\n" + r.out());
    }

    /** The output without the two fields that depend on the wall clock, as the script's grep -v leaves it. */
    static String withoutTimings(String out) {
        StringBuilder b = new StringBuilder();
        out.lines()
                .filter(l -> !l.contains("\"wallSeconds\"") && !l.contains("\"requestsPerSecond\""))
                .forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static Properties golden() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SimulateGoldenTest.class.getResourceAsStream("/golden/simulate-json.sha256")) {
            p.load(in);
        }
        return p;
    }
}
