package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import java.util.List;
import javafx.scene.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counters on the map are per-node cached pictures: frames whose figures did not change draw none
 * again, pointing at one cache draws that one only, and the pictures carry the chip and text they show.
 */
class CounterImagesTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void unchangedFiguresDrawNoCounterImageAndAHoverDrawsOne() throws Exception {
        RunViewModel vm = FxTestSupport.run("hello-cdn.json");
        try {
            RunOverlay overlay = FxTestSupport.overlay(vm);
            fxRun(vm::stepRequest);
            FxTestSupport.settle(vm);
            // a check of the figures now: the run's own frames may have checked them (at most ten times a
            // second) just before the stepped request's figures came in, and a later check would count
            // that first drawing of them as a redraw
            fxRun(() -> {
                overlay.hover(-1);
                overlay.frame();
            });
            long first = fx(overlay::spritesDrawn);
            assertTrue(first >= 1, "the run has figures: the nodes' gauges are drawn");
            for (int i = 0; i < 30; i++) {
                // asks for a check of every node's figures in each frame (as a pointer move would)
                fxRun(() -> {
                    overlay.hover(-1);
                    overlay.frame();
                });
            }
            assertEquals(first, (long) fx(overlay::spritesDrawn), "30 frames, same figures: no image drawn");

            int cache = fx(() -> firstCache(vm.geometryProperty().get()));
            fxRun(() -> {
                overlay.hover(cache);
                overlay.frame();
            });
            assertEquals(first + 1, (long) fx(overlay::spritesDrawn), "the hovered cache's image only");
            fxRun(() -> {
                overlay.hover(cache);
                overlay.frame();
            });
            assertEquals(first + 1, (long) fx(overlay::spritesDrawn), "hovering on: nothing new to draw");
        } finally {
            fxRun(vm::dispose);
        }
    }

    private static int firstCache(RunGeometry g) {
        for (int i = 0; i < g.size(); i++) {
            if (g.kinds[i].caches()) {
                return i;
            }
        }
        throw new AssertionError("no cache");
    }

    @Test
    void aCacheImageCarriesItsChipAndTextAndAnOriginImageItsBadge() {
        Sprite[] drawn = fx(() -> {
            ThemeColors c = new ThemeColors(new Group().getChildren());
            CounterSprites s = new CounterSprites(1, 1);
            return new Sprite[] {
                s.cache(c, 0.5, 0.75, -1, false, List.of(), 0, 0, false),
                s.cache(
                        c,
                        0.5,
                        0.75,
                        -1,
                        false,
                        List.of("requests 1,234", "hits 1,000", "misses 234", "coalesced 0"),
                        (int) MapBlocks.CHIP_GAP,
                        -26,
                        false),
                s.origin(c, "200", "load 3/100", 0.03, false, false, 0, -(int) NodeView.RADIUS - 5)
            };
        });
        Sprite rings = drawn[0];
        Sprite withCounters = drawn[1];
        assertTrue(withCounters.width > rings.width + 60, "the chip stands to the right of the rings");
        int chip = Sprite.premultiplied(javafx.scene.paint.Color.web("#ffffff", 0.85));
        int ink = 0;
        int chipPixels = 0;
        for (int y = 0; y < withCounters.height; y++) {
            for (int x = rings.width; x < withCounters.width; x++) {
                int p = withCounters.argb[y * withCounters.width + x];
                chipPixels += p == chip ? 1 : 0;
                ink += p != chip && p != 0 ? 1 : 0;
            }
        }
        assertTrue(chipPixels > 1_000, "the chip: " + chipPixels);
        assertTrue(ink > 150, "four lines of text on it: " + ink + " inked pixels");
        Sprite origin = drawn[2];
        assertTrue(-origin.top > 60, "the badge stands above the node: " + origin.top);
        assertTrue(origin.width >= 56, "at least as wide as the load meter");
    }
}
