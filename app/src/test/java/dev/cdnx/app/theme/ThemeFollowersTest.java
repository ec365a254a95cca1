package dev.cdnx.app.theme;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scene given the theme follows later switches while it lives, and the theme does not keep it alive: a
 * closed window's scene (with the drawing and the run it showed) used to stay reachable from the theme's
 * static property forever, and was restyled on every switch after.
 */
class ThemeFollowersTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @AfterEach
    void backToLight() {
        FxTestSupport.fxRun(() -> Theme.select(Theme.LIGHT));
    }

    @Test
    void anInstalledSceneFollowsEachSwitch() {
        Scene scene = fx(() -> new Scene(new Pane(), 100, 100));
        fx(() -> {
            Theme.install(scene);
            Theme.install(scene);
            Theme.select(Theme.DARK);
            return null;
        });
        assertEquals(1, fx(() -> countDark(scene)), "dark once, however often installed");
        FxTestSupport.fxRun(() -> Theme.select(Theme.LIGHT));
        assertEquals(0, fx(() -> countDark(scene)));
    }

    @Test
    void theThemeDoesNotKeepASceneAlive() throws Exception {
        WeakReference<Scene> gone = fx(() -> {
            Scene scene = new Scene(new Pane(), 100, 100);
            Theme.install(scene);
            return new WeakReference<>(scene);
        });
        // an explicit collection is a full one: a weakly reachable scene is cleared by the first, a few more
        // are for a collector that defers
        for (int i = 0; i < 10 && gone.get() != null; i++) {
            System.gc();
        }
        assertNull(gone.get(), "nothing but the theme held the scene, and it was not collected");
        // and a switch after it is gone still reaches the scenes that live
        Scene living = fx(() -> {
            Scene s = new Scene(new Pane(), 100, 100);
            Theme.install(s);
            return s;
        });
        FxTestSupport.fxRun(() -> Theme.select(Theme.DARK));
        assertTrue(fx(() -> countDark(living) == 1));
        FxTestSupport.fxRun(() -> Theme.select(Theme.LIGHT));
        assertFalse(fx(() -> countDark(living) == 1));
    }

    private static long countDark(Scene scene) {
        return scene.getRoot().getStyleClass().stream()
                .filter(Styles.DARK::equals)
                .count();
    }
}
