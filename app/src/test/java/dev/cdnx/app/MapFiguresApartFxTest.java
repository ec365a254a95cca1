package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.run.RunOverlay;
import dev.cdnx.app.theme.Styles;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With every cache's counters on the map (the story pictures' {@code --counters all}), the figures written
 * on the map cover nothing: no chip or badge lies on another, on a node's disc, on a node's name, or under
 * the run's caption in the corner of the canvas (#16, #17). In cost-lever the shield's, the edge's and the
 * origin's figures stood on top of each other around New York, and the caption sat over the origin's badge.
 */
@Tag("window")
class MapFiguresApartFxTest {

    private static final String PREFS = "dev/cdnx/app-test-figures";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    /** The air a figure keeps around a node's name, its own included, in screen pixels. */
    private static final double NAME_GAP = 2;

    /**
     * At the story pictures' moments: the figures are then as wide as they get there. In cost-lever,
     * query-fragmentation and personalized edge-new-york's chip touched the end of its own name (#17).
     */
    @ParameterizedTest
    @CsvSource({"cost-lever, 300", "query-fragmentation, 300", "personalized, 300", "multi-cdn, 365"})
    void noFigureCoversAnotherADiscANameOrTheCaption(String sample, double moment) throws Exception {
        MainView view = fx(() -> {
            MainView v = MainWindows.fitted(sample, 1440, 900);
            v.workbench().run().countersOnMapProperty().set(true);
            return v;
        });
        MainWindows.awaitNamesPlaced(view);
        fx(() -> view.workbench().run().seek(moment)).get(240, TimeUnit.SECONDS);
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
                // (a hair under the gap: the boxes are in world units, converted from whole pixels)
                double air = (NAME_GAP - 0.01) / zoom;
                Rectangle2D withAir = new Rectangle2D(
                        block.getMinX() - air,
                        block.getMinY() - air,
                        block.getWidth() + 2 * air,
                        block.getHeight() + 2 * air);
                for (Map.Entry<String, Rectangle2D> o : others.entrySet()) {
                    boolean name = o.getKey().endsWith("'s name");
                    if (!o.getKey().equals(owner + "'s disc") && (name ? withAir : block).intersects(o.getValue())) {
                        out.add(names.get(a)
                                + (name ? " comes within " + NAME_GAP + " px of " : " covers ")
                                + o.getKey());
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

    /**
     * With every cache's counters on, zoom to fit names every node: in multi-cdn the users and edges of one
     * city stack on each other, and users-chicago, users-new-york and users-london found no free place
     * beside their discs and were named only on hover (#17). Such a name now stands further out with a leader.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cost-lever", "query-fragmentation", "personalized", "multi-cdn", "hello-cdn"})
    void everyNodeIsNamedOnTheMapAtFitZoom(String sample) throws Exception {
        MainView view = fx(() -> {
            MainView v = MainWindows.fitted(sample, 1440, 900);
            v.workbench().run().countersOnMapProperty().set(true);
            return v;
        });
        MainWindows.awaitNamesPlaced(view);
        List<String> unnamed = fx(() -> view.canvas().nodeViews().stream()
                .filter(v -> {
                    Node name = v.lookup("." + Styles.NODE_LABEL);
                    return !v.isVisible() || name == null || !name.isVisible();
                })
                .map(v -> v.node().name)
                .sorted()
                .toList());
        fx(() -> {
            view.workbench().run().dispose();
            return null;
        });
        assertEquals(List.of(), unnamed, sample);
    }

    private static Rectangle2D box(Node overlay, Node n) {
        Bounds b = overlay.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
