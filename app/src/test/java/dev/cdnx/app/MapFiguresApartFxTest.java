package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.run.RunOverlay;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With every cache's counters on the map (the story pictures' {@code --counters all}), the figures written
 * on the map cover nothing: no chip or badge lies on another, on a node's disc, on a node's name, or under
 * the run's caption in the corner of the canvas (#16, #17). In cost-lever the shield's, the edge's and the
 * origin's figures stood on top of each other around New York, and the caption sat over the origin's badge.
 */
class MapFiguresApartFxTest {

    private static final String PREFS = "dev/cdnx/app-test-figures";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cost-lever", "query-fragmentation", "personalized", "multi-cdn"})
    void noFigureCoversAnotherADiscANameOrTheCaption(String sample) throws Exception {
        MainView view = fx(() -> {
            new LayoutMemory(PREFS).clear();
            MainView v = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            v.files().openSample(sample);
            Scene scene = new Scene(v, 1440, 900);
            Theme.install(scene);
            v.applyCss();
            v.resize(1440, 900);
            v.layout();
            v.canvas().zoomToFit();
            v.layout();
            v.workbench().run().countersOnMapProperty().set(true);
            return v;
        });
        long passes = fx(() -> view.canvas().workCounts().placementPasses());
        org.testfx.util.WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    view.layout();
                    return view.canvas().workCounts().placementPasses() > passes;
                }));
        fx(() -> view.workbench().run().seek(20)).get(120, TimeUnit.SECONDS);
        RunOverlay overlay = fx(() -> (RunOverlay) view.lookup("#run-overlay"));
        List<NodeSpec> nodes = fx(() -> List.copyOf(view.viewModel().scenario().topology.nodes));
        org.testfx.util.WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    view.layout();
                    return nodes.stream()
                            .allMatch(n -> n.kind == NodeKind.ORIGIN
                                    ? overlay.originBadgeBounds(n.name) != null
                                    : !n.kind.caches() || overlay.counterBounds(n.name) != null);
                }));
        List<String> covered = fx(() -> {
            double zoom = view.canvas().viewModel().viewport().scale();
            Map<String, Rectangle2D> blocks = new LinkedHashMap<>();
            for (NodeSpec n : nodes) {
                Rectangle2D b =
                        n.kind == NodeKind.ORIGIN ? overlay.originBadgeBounds(n.name) : overlay.counterBounds(n.name);
                if (b != null) {
                    blocks.put(n.name + "'s figures", b);
                }
            }
            Map<String, Rectangle2D> others = new LinkedHashMap<>();
            double ring = (NodeView.RADIUS + 10) / zoom;
            for (NodeView v : view.canvas().nodeViews()) {
                NodeSpec n = v.node();
                others.put(n.name + "'s disc", new Rectangle2D(n.x - ring, n.y - ring, 2 * ring, 2 * ring));
                Node name = v.lookup("." + Styles.NODE_LABEL);
                if (v.isVisible() && name != null && name.isVisible()) {
                    others.put(n.name + "'s name", box(overlay, name));
                }
            }
            others.put("the caption", box(overlay, view.lookup("#run-hud")));
            List<String> out = new ArrayList<>();
            List<String> names = new ArrayList<>(blocks.keySet());
            for (int a = 0; a < names.size(); a++) {
                Rectangle2D block = blocks.get(names.get(a));
                for (int b = a + 1; b < names.size(); b++) {
                    if (block.intersects(blocks.get(names.get(b)))) {
                        out.add(names.get(a) + " covers " + names.get(b));
                    }
                }
                String owner = names.get(a).replace("'s figures", "");
                for (Map.Entry<String, Rectangle2D> o : others.entrySet()) {
                    if (!o.getKey().equals(owner + "'s disc") && block.intersects(o.getValue())) {
                        out.add(names.get(a) + " covers " + o.getKey());
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

    private static Rectangle2D box(Node overlay, Node n) {
        Bounds b = overlay.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
