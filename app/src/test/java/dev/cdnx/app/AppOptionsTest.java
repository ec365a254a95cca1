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
        AppOptions o = AppOptions.parse(
                List.of("--open", "a.json", "--screenshot", "s.png", "--theme", "dark", "--no-recovery"));
        assertEquals(Path.of("a.json"), o.open());
        assertEquals(Path.of("s.png"), o.screenshot());
        assertEquals(Theme.DARK, o.theme());
        assertTrue(o.noRecovery() && o.unattended());
        assertTrue(!AppOptions.parse(List.of()).unattended(), "the plain window asks before discarding");
        assertTrue(AppOptions.parse(List.of()).drivenByATool().unattended(), "a tool driving it does not");
    }

    @Test
    void theWindowSizeIsWidthByHeight() {
        AppOptions o = AppOptions.parse(List.of("--size", "1024x700"));
        assertEquals(1024, o.width());
        assertEquals(700, o.height());
        assertEquals(1440, AppOptions.parse(List.of()).width(), "the default window");
        assertEquals(
                "--size takes WIDTHxHEIGHT in pixels, from 800x600 to 7680x4320, e.g. 1024x700, not \"big\"",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--size", "big")))
                        .getMessage());
    }

    @Test
    void badFlagsSayWhatIsWrongInOneLine() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--frobnicate")))
                .getMessage();
        assertTrue(unknown.startsWith("unknown option \"--frobnicate\"") && !unknown.contains("\n"), unknown);
        assertEquals(
                "--theme takes light or dark, not \"blue\"",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--theme", "blue")))
                        .getMessage());
        assertEquals(
                "--open needs a scenario file",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--open")))
                        .getMessage());
    }

    @Test
    void parsesThePanelAndExportFlags() {
        AppOptions o = AppOptions.parse(
                List.of("--show", "cost", "--export-png", "c.png", "--export-svg", "c.svg", "--play-to", "120"));
        assertEquals("cost", o.show());
        assertEquals(Path.of("c.png"), o.exportPng());
        assertEquals(Path.of("c.svg"), o.exportSvg());
        assertEquals(120, o.playTo());
        assertTrue(o.unattended(), "exports skip prompts");
        assertEquals("traffic", AppOptions.parse(List.of("--show", "traffic")).show(), "the Traffic tab too");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--show", "graphs")))
                .getMessage()
                .startsWith("--show takes one of metrics, decision"));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--bench-editor", "10")))
                        .getMessage()
                        .startsWith("unknown option \"--bench-editor\""),
                "the benchmarks are the dev tools'");
    }

    @Test
    void theStoryOptionsTakeCountersAndAGif() {
        AppOptions o = AppOptions.parse(
                List.of("--counters", "all", "--export-gif", "s.gif", "--gif-seconds", "12", "--gif-speed", "60"));
        assertTrue(o.countersOnMap() && o.unattended(), "a GIF is taken without prompts");
        assertEquals(Path.of("s.gif"), o.gif().out());
        assertEquals(120, o.gif().frames(), "12 s at 10 frames a second");
        assertEquals(6, o.gif().simStep(), 1e-9, "60 simulated seconds a GIF second: 6 s between frames");
        assertEquals(
                100, AppOptions.parse(List.of("--export-gif", "s.gif")).gif().frames(), "10 s by default");
        assertEquals(
                "--gif-seconds and --gif-speed go with --export-gif FILE",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--gif-speed", "5")))
                        .getMessage());
        assertEquals(
                "--gif-seconds takes 0.2 to 30 seconds, not 90.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> AppOptions.parse(List.of("--export-gif", "s.gif", "--gif-seconds", "90")))
                        .getMessage());
        assertEquals(
                "--counters takes all (every cache's figures on the map), not \"some\"",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--counters", "some")))
                        .getMessage());
    }

    @Test
    void unattendedPicturesDoNotReplaceAFileOfAnotherKindWithoutForce(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path scenario = dir.resolve("shot.png");
        java.nio.file.Files.writeString(scenario, "{\"name\": \"my scenario\"}\n");
        for (String flag : List.of("--screenshot", "--export-png", "--export-svg", "--export-gif")) {
            AppOptions o = AppOptions.parse(List.of(flag, scenario.toString()));
            String why = assertThrows(IllegalArgumentException.class, o::checkOutputs)
                    .getMessage();
            assertTrue(why.startsWith(scenario + " exists and is not a"), why);
            assertTrue(why.endsWith("; choose another file or add --force to replace it"), why);
            AppOptions.parse(List.of(flag, scenario.toString(), "--force")).checkOutputs();
        }
        AppOptions.parse(List.of("--screenshot", dir.resolve("new.png").toString()))
                .checkOutputs();
    }

    @Test
    void anUnattendedLongPlayIsRefusedUnlessAllowed() {
        dev.cdnx.model.scenario.Scenario huge = dev.cdnx.app.panels.Samples.load("hello-cdn", "duration=100000d");
        String why = AppOptions.parse(List.of("--screenshot", "s.png", "--play-to", "60"))
                .longPlayRefusal(huge);
        assertTrue(why != null && why.startsWith("--play-to: this run would simulate about "), why);
        assertTrue(why.endsWith("add --allow-long to play it anyway"), why);
        assertEquals(
                null,
                AppOptions.parse(List.of("--screenshot", "s.png", "--play-to", "60", "--allow-long"))
                        .longPlayRefusal(huge));
        assertEquals(
                null,
                AppOptions.parse(List.of("--screenshot", "s.png", "--play-to", "60"))
                        .longPlayRefusal(dev.cdnx.app.panels.Samples.load("hello-cdn")));
    }
}
