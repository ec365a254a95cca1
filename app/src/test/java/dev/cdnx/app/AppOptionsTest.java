package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void parsesEveryFlag() {
        AppOptions o = AppOptions.parse(List.of("--open", "a.json", "--screenshot", "s.png", "--theme", "dark",
                "--bench-editor", "5", "--no-recovery"));
        assertEquals(Path.of("a.json"), o.open());
        assertEquals(Path.of("s.png"), o.screenshot());
        assertEquals(Theme.DARK, o.theme());
        assertEquals(5, o.benchSeconds());
        assertTrue(o.noRecovery() && o.unattended());
        assertTrue(!o.benchJson(), "plain --bench-editor reports for people");
    }

    @Test
    void theWindowSizeIsWidthByHeight() {
        AppOptions o = AppOptions.parse(List.of("--size", "1024x700"));
        assertEquals(1024, o.width());
        assertEquals(700, o.height());
        assertEquals(1440, AppOptions.parse(List.of()).width(), "the default window");
        assertEquals("--size takes WIDTHxHEIGHT in pixels, from 800x600 to 7680x4320, e.g. 1024x700, not \"big\"",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--size", "big")))
                        .getMessage());
    }

    @Test
    void theJsonBenchmarkFlagTakesSecondsAndRunsTheEditorBenchmark() {
        AppOptions o = AppOptions.parse(List.of("--bench-editor-json", "10"));
        assertEquals(10, o.benchSeconds());
        assertTrue(o.benchJson() && o.unattended());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--bench-editor-json", "soon"))).getMessage().contains("positive"));
    }

    @Test
    void badFlagsSayWhatIsWrongInOneLine() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--frobnicate")))
                .getMessage();
        assertTrue(unknown.startsWith("unknown option \"--frobnicate\"") && !unknown.contains("\n"), unknown);
        assertEquals("--theme takes light or dark, not \"blue\"",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--theme", "blue")))
                        .getMessage());
        assertEquals("--open needs a scenario file",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--open"))).getMessage());
    }

    @Test
    void parsesThePanelExportAndBenchmarkFlags() {
        AppOptions o = AppOptions.parse(List.of("--show", "cost", "--export-png", "c.png", "--export-svg", "c.svg",
                "--bench-animation", "6", "--play-to", "120", "--demo"));
        assertEquals("cost", o.show());
        assertEquals(Path.of("c.png"), o.exportPng());
        assertEquals(Path.of("c.svg"), o.exportSvg());
        assertEquals(6, o.benchAnimation());
        assertEquals(120, o.playTo());
        assertTrue(o.demo());
        assertTrue(!o.demoCompare(), "the demonstration is the Compare panel's");
        assertTrue(AppOptions.parse(List.of("--show", "compare", "--demo")).demoCompare());
        assertTrue(o.unattended(), "exports and benchmarks skip prompts");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--show", "graphs")))
                .getMessage().startsWith("--show takes one of metrics, decision"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--bench-animation", "-1"))).getMessage().contains("positive"));
    }
}
