package dev.cdnx.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.cli.Cdnx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lab's subcommands as the one command-line jar runs them, found through ServiceLoader. */
class LabCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private static String sample() {
        return LabFixtures.projectDir().resolve("samples/hello-cdn.json").toString();
    }

    @Test
    void helpListsLabAndLabLoad() {
        assertEquals(0, Cdnx.execute("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("  lab "), help);
        assertTrue(help.contains("  lab-load "), help);
    }

    @Test
    void labPrintsOneRowPerServerAndStopsByItself() {
        assertEquals(0, Cdnx.execute("lab", sample(), "--port-base", "0", "--stop-after", "0", "--quiet"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("edge-london          edge"), text);
        assertTrue(text.contains("curl -si http://127.0.0.1:"), text);
        assertTrue(text.contains("lab stopped; every port is closed"), text);
    }

    @Test
    void aBadPortBaseIsAUsageErrorInOneLine() {
        assertEquals(Cdnx.EXIT_USAGE, Cdnx.execute("lab", sample(), "--port-base", "80"));
        assertEquals(
                "cdnx lab: --port-base 80: choose 0 or a port from 1024 to 65000",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aSmallLoadRunHasNoErrorAndNoLostResponse() {
        // capped at 200 requests, the run ends when they are answered, not when its 60 s are up (it used to
        // sleep on to the last of its heap samples, four fifths of the seconds given)
        long started = System.nanoTime();
        assertEquals(
                0,
                Cdnx.execute(
                        "lab-load",
                        sample(),
                        "--clients",
                        "4",
                        "--seconds",
                        "60",
                        "--requests",
                        "200",
                        "--objects",
                        "2",
                        "--delay-factor",
                        "0"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("clients 4,"), text);
        assertTrue(text.contains("200 sent, 200 ok, 0 errors, 0 lost"), text);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 40, "a capped run waited out its time: " + seconds + " s");
    }
}
