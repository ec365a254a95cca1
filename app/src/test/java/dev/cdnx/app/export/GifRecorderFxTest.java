package dev.cdnx.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.FxTestSupport;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu's GIF recording on a machine that gives fewer pulses than the recording's length asks for. */
class GifRecorderFxTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aRecordingShorterThanTwoFramesGoesOnUntilItHasTwo() throws Exception {
        Pane pane = new Pane(new Circle(50, 50, 20, Color.web("#D55E00")));
        pane.resize(200, 100);
        // one frame every 3 pulses, for far less time than one pulse: the time is up after the first frame
        CompletableFuture<Integer> done =
                FxTestSupport.fx(() -> new GifRecorder(pane, 3, 1e-9).start(dir.resolve("short.gif")));
        assertEquals(2, done.get(2, TimeUnit.MINUTES), "two frames, the least that animates");
    }
}
