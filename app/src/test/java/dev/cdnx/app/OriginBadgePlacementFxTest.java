package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.run.RunOverlay;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * During a run the origin's badge (its fetches and load meter) stands beside the origin without covering
 * any node's name (#17): in samples/viral-shield.json the shield shares the origin's spot, and the badge
 * drawn above the origin hid the shield's name.
 */
@Tag("window")
class OriginBadgePlacementFxTest {

    private static final String PREFS = "dev/cdnx/app-test-badge";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"viral-shield", "viral-no-shield", "hello-cdn", "regional-caches", "thundering-herd"})
    void theBadgeCoversNoNodesName(String sample) throws Exception {
        MainView view = fx(() -> MainWindows.fitted(sample, 1440, 900));
        MainWindows.awaitNamesPlaced(view);
        fx(() -> view.workbench().run().seek(20)).get(120, TimeUnit.SECONDS);
        RunOverlay overlay = fx(() -> (RunOverlay) view.lookup("#run-overlay"));
        List<String> origins = fx(() -> view.viewModel().scenario().topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.ORIGIN)
                .map(n -> n.name)
                .toList());
        assertTrue(!origins.isEmpty(), sample + " has an origin");
        org.testfx.util.WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    view.layout();
                    return origins.stream().allMatch(o -> overlay.originBadgeBounds(o) != null);
                }));
        List<String> covered = fx(() -> {
            List<String> out = new ArrayList<>();
            for (String origin : origins) {
                Rectangle2D badge = overlay.originBadgeBounds(origin);
                for (NodeView v : view.canvas().nodeViews()) {
                    Node name = v.lookup("." + Styles.NODE_LABEL);
                    if (!v.isVisible() || name == null || !name.isVisible()) {
                        continue;
                    }
                    Bounds b = overlay.sceneToLocal(name.localToScene(name.getBoundsInLocal()));
                    if (badge.intersects(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())) {
                        out.add(origin + "'s badge " + badge + " covers " + v.node().name + "'s name " + b);
                    }
                }
            }
            return out;
        });
        fx(() -> {
            view.workbench().run().dispose();
            return null;
        });
        assertEquals(List.of(), covered, sample);
    }
}
