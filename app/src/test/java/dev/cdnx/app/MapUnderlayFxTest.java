package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The regions that hold the canvas paint nothing that the map hides anyway (#24). The renderer paints every
 * ancestor's background under a dirty part of the map, in every frame of a pan, even one drawn in a fully
 * transparent colour: the software pipeline blends that colour into each pixel all the same. With the
 * theme's transparent split panes that was about a quarter of the render thread's time in a pan frame.
 */
@Tag("window")
class MapUnderlayFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-underlay");
    }

    @Test
    void noRegionAboveTheCanvasFillsItWithAnInvisibleColour() {
        for (Theme theme : Theme.values()) {
            List<String> wasted = SmallWindowFxTest.fxWait(() -> {
                Theme.select(theme);
                MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
                Scene scene = new Scene(view, 1440, 900);
                Theme.install(scene);
                view.applyCss();
                view.layout();
                return invisibleFills(view.canvas().getParent());
            });
            assertEquals(List.of(), wasted, "in the " + theme + " theme");
        }
        SmallWindowFxTest.fxWait(() -> {
            Theme.select(Theme.LIGHT);
            return null;
        });
    }

    /** Each fill of {@code from} and its ancestors that lays down no colour at all. */
    private static List<String> invisibleFills(Parent from) {
        List<String> out = new ArrayList<>();
        for (Parent p = from; p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                for (BackgroundFill f : r.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c && c.getOpacity() == 0) {
                        out.add(r.getClass().getSimpleName() + " " + r.getStyleClass() + " fills " + c);
                    }
                }
            }
        }
        return out;
    }
}
