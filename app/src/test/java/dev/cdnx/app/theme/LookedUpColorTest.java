package dev.cdnx.app.theme;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.cdnx.app.run.FxTestSupport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A probe outside the themed scene reads its fallback without asking CSS for a name nobody defines (which
 * logged a ClassCastException warning per probe per CSS pass); inside it, it reads the palette.
 */
class LookedUpColorTest {

    private static final Color FALLBACK = Color.MAGENTA;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            warnings.add(r.getLoggerName() + ": " + r.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        FxTestSupport.startFx();
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(recorder);
    }

    @Test
    void aBareSceneGivesTheFallbackAndNoWarning() {
        Color read = fx(() -> {
            LookedUpColor probe = new LookedUpColor("-cdn-dot-hit");
            StackPane root = new StackPane(probe);
            new Scene(root, 50, 50);
            root.applyCss();
            Color c = probe.read(FALLBACK);
            root.applyCss();
            return c;
        });
        assertEquals(FALLBACK, read);
        assertEquals(List.of(), warnings);
    }

    @Test
    void theThemedSceneGivesThePalettesColour() {
        Color read = fx(() -> {
            LookedUpColor probe = new LookedUpColor("-cdn-dot-hit");
            StackPane root = new StackPane(probe);
            Theme.install(new Scene(root, 50, 50));
            return probe.read(FALLBACK);
        });
        assertNotEquals(FALLBACK, read);
        assertEquals(List.of(), warnings);
    }
}
