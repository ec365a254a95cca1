package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What `cdnx simulate` prints about refused fetches and the hybrid head. */
class SimulateTableTest {

    private static String simulate(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "simulate";
            System.arraycopy(args, 0, all, 1, args.length);
            assertEquals(0, Cdnx.execute(all));
        } finally {
            System.setOut(old);
        }
        return o.toString(StandardCharsets.UTF_8);
    }

    private static String sample(String name) {
        return SharedData.projectDir().resolve("samples").resolve(name).toString();
    }

    @Test
    void theHerdsRefusalsAndTheirRepeatsAreExplained() {
        String out = simulate(sample("thundering-herd.json"), "--duration", "3700s");
        assertTrue(out.contains("288 requests"), out);
        assertTrue(out.contains("88 refused (queue full)") && out.contains("asks again"), out);
    }

    @Test
    void aRunWithoutRefusalsSaysNothingAboutThem() {
        String out = simulate(sample("hello-cdn.json"), "--duration", "30s");
        assertTrue(!out.contains("refused"), out);
    }

    @Test
    void hybridPrintsTheHeadTheBillPrices() {
        String out = simulate(sample("hello-cdn.json"), "--duration", "30s", "--set", "delivery.model=hybrid");
        assertTrue(out.contains("hybrid head       top 500 of 20000 objects"), out);
    }
}
