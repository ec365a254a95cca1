package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.NodeKind;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The origin's badge is drawn above the dots, where its figure stays readable while misses stream into the
 * origin: in patch-day the miss triangles crossed the badge's number when it was part of the picture under
 * the dots (#16).
 */
class BadgeAboveDotsTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void theOriginsBadgeLiesAboveTheDotsImageWhereItWasPlaced() throws Exception {
        RunViewModel vm = FxTestSupport.run("hello-cdn.json");
        try {
            RunOverlay overlay = FxTestSupport.overlay(vm);
            for (int i = 0; i < 5; i++) {
                fxRun(vm::stepRequest);
            }
            FxTestSupport.settle(vm);
            int origin = fx(() -> origin(vm.geometryProperty().get()));
            String name = fx(() -> vm.geometryProperty().get().names[origin]);
            FxTestSupport.await(
                    () -> {
                        overlay.invalidateGauges();
                        overlay.frame();
                        return overlay.originBadgeBounds(name) != null;
                    },
                    20_000);
            Node badge = fx(() -> overlay.lookup("#run-badge-" + origin));
            assertNotNull(badge, "the badge is a picture of its own");
            assertTrue(fx(() -> badge.isVisible() && badge.getParent().isVisible()), "shown");
            int dotsAt = fx(() -> overlay.getChildrenUnmodifiable().indexOf(dotsImage(overlay)));
            int badgeAt = fx(() -> overlay.getChildrenUnmodifiable().indexOf(badge.getParent()));
            assertTrue(
                    dotsAt >= 0 && badgeAt > dotsAt,
                    "drawn after (above) the dots' image: " + badgeAt + " vs " + dotsAt);
            Bounds b = fx(badge::getBoundsInParent);
            Rectangle2D placed = fx(() -> overlay.originBadgeBounds(name));
            assertTrue(
                    b.getMinX() <= placed.getMinX() + 1 && b.getMaxY() >= placed.getMaxY() - 1,
                    "the picture holds the badge where it was placed: " + b + " vs " + placed);
        } finally {
            fxRun(vm::dispose);
        }
    }

    private static Node dotsImage(RunOverlay overlay) {
        return overlay.getChildrenUnmodifiable().stream()
                .filter(ImageView.class::isInstance)
                .findFirst()
                .orElse(null);
    }

    private static int origin(RunGeometry g) {
        for (int i = 0; i < g.size(); i++) {
            if (g.kinds[i] == NodeKind.ORIGIN) {
                return i;
            }
        }
        throw new AssertionError("no origin");
    }
}
