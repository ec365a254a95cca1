package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.export.GifOptions;
import dev.cdnx.app.run.FxTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unattended story pictures (#16): {@code --play-to} jumps over the start of the run and draws only
 * its last stretch, and {@code --export-gif} then writes a GIF of exactly seconds × 10 frames, at most 800
 * px wide, a tenth of a second each, whatever the machine's load.
 */
@Tag("window")
class StoryGifFxTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-story-gif");
    }

    @Test
    void playToThenExportGifWritesTheExpectedFramesAtTheStorysMoment() throws Exception {
        Path gif = dir.resolve("viral-shield.gif");
        AppOptions options = AppOptions.parse(List.of(
                "--open", Path.of("..", "samples", "viral-shield.json").toString(),
                "--play-to", "61",
                "--size", "1280x800",
                "--counters", "all",
                "--export-gif", gif.toString(),
                "--gif-seconds", "1.5",
                "--gif-speed", "2"));
        AtomicReference<Double> firstShown = new AtomicReference<>();
        AtomicReference<Double> recordedFrom = new AtomicReference<>();
        AtomicReference<Double> mapWidth = new AtomicReference<>();
        CompletableFuture<Integer> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainView view = CdnExplorerApp.openWindow(new Stage(), options, () -> {});
            var run = view.workbench().run();
            assertTrue(run.countersOnMapProperty().get(), "--counters all shows every cache's figures");
            // A frame of the opening run may show its first event (about 0.5 s) before the jump; what must
            // not happen is playing through the lead-up: no time between 5 s and the jump's target is shown.
            run.simTimeProperty().addListener((o, a, b) -> {
                double shown = b.doubleValue();
                if (shown > 5 && shown < 61 - CdnExplorerApp.PLAY_TO_LEAD && firstShown.get() == null) {
                    firstShown.set(shown);
                }
            });
            CdnExplorerApp.playThen(view, options.playTo(), () -> {
                recordedFrom.set(run.simTimeProperty().get());
                mapWidth.set(view.canvas().getLayoutBounds().getWidth());
                var unused = StoryGif.record(view, options.gif()).whenComplete((n, t) -> {
                    if (t != null) {
                        frames.completeExceptionally(t);
                    } else {
                        frames.complete(n);
                    }
                });
            });
        });
        assertEquals(15, frames.get(5, TimeUnit.MINUTES), "1.5 s at 10 frames a second");

        double lead = CdnExplorerApp.PLAY_TO_LEAD;
        assertEquals(null, firstShown.get(), "the run jumps to " + (61 - lead) + " s without showing the way there");
        assertTrue(recordedFrom.get() >= 61, "the GIF starts at the story's moment, not " + recordedFrom);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(15, reader.getNumImages(true));
            assertEquals(
                    Math.min(GifOptions.MAX_WIDTH, Math.round(mapWidth.get())),
                    reader.read(0).getWidth(),
                    "a map wider than 800 px is scaled to 800, " + mapWidth);
            IIOMetadataNode root =
                    (IIOMetadataNode) reader.getImageMetadata(3).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode gce = (IIOMetadataNode)
                    root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("10", gce.getAttribute("delayTime"), "a tenth of a second a frame");
        }
    }
}
