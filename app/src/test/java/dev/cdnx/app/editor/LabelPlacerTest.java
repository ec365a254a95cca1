package dev.cdnx.app.editor;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView.LabelSpot;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    private static NodeView at(String name, NodeKind kind, double x, double y) {
        NodeSpec n = new NodeSpec();
        n.name = name;
        n.kind = kind;
        NodeView v = new NodeView(n);
        v.setLayoutX(x);
        v.setLayoutY(y);
        return v;
    }

    private static boolean nameShown(NodeView v) {
        return v.isLabelVisible();
    }

    @Test
    void aLoneNodeIsNamedBelowItsDisc() {
        NodeView v = fx(() -> at("origin", NodeKind.ORIGIN, 100, 100));
        fxRun(() -> LabelPlacer.place(List.of(v)));
        assertEquals(LabelSpot.BELOW, fx(v::labelSpot));
        assertTrue(fx(() -> nameShown(v)));
    }

    @Test
    void aNameStaysInsideTheView() {
        // At the view's left edge a name centred below the disc would be cut by the edge: it goes right.
        NodeView v = fx(() -> at("users-los-angeles", NodeKind.USERS, 12, 100));
        fxRun(() -> LabelPlacer.place(List.of(v), 400, 300, List.of()));
        assertEquals(LabelSpot.RIGHT, fx(v::labelSpot));
        assertTrue(fx(() -> nameShown(v)));
    }

    @Test
    void aRegionsTitleKeepsNamesOffIt() {
        // multi-cdn: users-chicago sits just under the top of "North America", whose title runs under where
        // its name would go below the disc (#17)
        NodeView v = fx(() -> at("users-chicago", NodeKind.USERS, 100, 100));
        double[] title = {40, 110, 200, 140};
        fxRun(() -> LabelPlacer.place(List.of(v), 400, 300, List.of(title)));
        assertEquals(LabelSpot.ABOVE, fx(v::labelSpot), "below is under the title");
        assertTrue(fx(() -> nameShown(v)));
    }

    @Test
    void discsAboveAndBelowPushTheNameToTheSide() {
        // An origin between two edges stacked on it: neither below nor above is free, the right is.
        NodeView origin = fx(() -> at("origin-us-east", NodeKind.ORIGIN, 200, 200));
        NodeView up = fx(() -> at("edge-a", NodeKind.EDGE, 200, 200 - 2 * NodeView.RADIUS - 8));
        NodeView down = fx(() -> at("edge-b", NodeKind.EDGE, 200, 200 + 2 * NodeView.RADIUS + 8));
        fxRun(() -> LabelPlacer.place(List.of(up, down, origin)));
        assertEquals(LabelSpot.RIGHT, fx(origin::labelSpot), "the origin is named first, beside its disc");
    }

    @Test
    void aSecondPassOverTheSameNodesChangesNothing() {
        // Placing runs on every paint: if it touched a name that needs no change, it would ask for the next
        // paint itself and the canvas would never rest.
        double d = 2 * NodeView.RADIUS + 8;
        List<NodeView> views = fx(() -> List.of(
                at("origin", NodeKind.ORIGIN, 400, 400),
                at("edge-up", NodeKind.EDGE, 400, 400 - d),
                at("edge-down", NodeKind.EDGE, 400, 400 + d),
                at("users-far", NodeKind.USERS, 700, 400)));
        fxRun(() -> LabelPlacer.place(views));
        int[] changes = {0};
        fxRun(() -> views.forEach(v -> {
            for (javafx.beans.Observable p : v.labelProperties()) {
                p.addListener(o -> changes[0]++);
            }
        }));
        fxRun(() -> LabelPlacer.place(views));
        assertEquals(0, changes[0], "names touched by a pass with nothing to change");
    }

    @Test
    void whenEverySideIsTakenTheNameStandsApartWithALeader() {
        // multi-cdn: the users and edges of one city stack on each other; users-chicago had no place beside
        // its disc and was named only on hover (#17)
        double d = 2 * NodeView.RADIUS + 8;
        NodeView middle = fx(() -> at("users-middle", NodeKind.USERS, 300, 300));
        List<NodeView> ring = fx(() -> List.of(
                at("origin-n", NodeKind.ORIGIN, 300, 300 - d),
                at("origin-s", NodeKind.ORIGIN, 300, 300 + d),
                at("origin-e", NodeKind.ORIGIN, 300 + d + 10, 300),
                at("origin-w", NodeKind.ORIGIN, 300 - d - 10, 300)));
        List<NodeView> all = new ArrayList<>(ring);
        all.add(middle);
        fxRun(() -> LabelPlacer.place(all));
        assertTrue(fx(() -> nameShown(middle)), "users-middle is named");
        assertTrue(fx(middle::isLabelApart), "apart from its disc, with a leader");
        assertTrue(
                fx(() -> ring.stream().allMatch(v -> nameShown(v) && !v.isLabelApart())), "the origins beside theirs");
        javafx.geometry.Bounds name = fx(
                () -> middle.lookup("." + dev.cdnx.app.theme.Styles.NODE_LABEL).getBoundsInParent());
        for (NodeView o : ring) {
            javafx.geometry.Bounds other = fx(() -> o.localToParent(
                    o.lookup("." + dev.cdnx.app.theme.Styles.NODE_LABEL).getBoundsInParent()));
            javafx.geometry.Bounds mine = fx(() -> middle.localToParent(name));
            assertFalse(mine.intersects(other), "clear of " + o.node().name + "'s name");
        }
        javafx.scene.Node leader = fx(() -> middle.lookup("." + dev.cdnx.app.theme.Styles.NODE_LABEL_LEADER));
        assertTrue(fx(leader::isVisible), "the leader is drawn");
    }

    @Test
    void whenEveryPlaceIsTakenTheNameIsLeftOut() {
        // every place around the disc, beside it and in the rings, lies under a region's title
        NodeView v = fx(() -> at("users-covered", NodeKind.USERS, 300, 300));
        double[] title = {100, 100, 500, 500};
        fxRun(() -> LabelPlacer.place(List.of(v), 600, 600, List.<double[]>of(title)));
        assertFalse(fx(() -> nameShown(v)));
        javafx.scene.Node leader = fx(() -> v.lookup("." + dev.cdnx.app.theme.Styles.NODE_LABEL_LEADER));
        assertFalse(fx(leader::isVisible), "no leader to a name left out");
    }
}
