package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevToolOptionsTest {

    @Test
    void theBenchmarkFlagsTakeSecondsAndLeaveTheRestToTheApp() {
        DevToolOptions o = DevToolOptions.parse(List.of("--bench-editor", "5", "--size", "1024x700"));
        assertEquals(5, o.benchEditor());
        assertTrue(!o.benchJson(), "plain --bench-editor reports for people");
        assertEquals(1024, o.app().width());
        assertTrue(o.app().unattended(), "a benchmark asks nothing");
        DevToolOptions json = DevToolOptions.parse(List.of("--bench-editor-json", "10"));
        assertTrue(json.benchJson() && json.benchEditor() == 10);
        assertEquals(6, DevToolOptions.parse(List.of("--bench-animation", "6")).benchAnimation());
    }

    @Test
    void theDemonstrationsGoWithTheirPanel() {
        DevToolOptions o = DevToolOptions.parse(List.of("--show", "compare", "--demo", "--screenshot", "c.png"));
        assertTrue(o.demo());
        assertEquals(Path.of("c.png"), o.app().screenshot());
        assertEquals(
                "--demo goes with --show compare, --show lab or --show cost",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DevToolOptions.parse(List.of("--show", "metrics", "--demo")))
                        .getMessage());
    }

    @Test
    void badFlagsSayWhatIsWrongInOneLine() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> DevToolOptions.parse(List.of("--bench-editor-json", "soon")))
                .getMessage()
                .contains("positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevToolOptions.parse(List.of()))
                .getMessage()
                .startsWith("nothing to do; usage: devtools"));
    }
}
