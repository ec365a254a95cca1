package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.model.scenario.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Requests in flight between a users node and the edge it is drawn on never leave the two discs, so they
 * are not drawn; the HUD counts them instead of reading "0 dots" while the run serves a thousand hits a
 * second (viral-shield at 61 s, once the shield has answered).
 */
class HiddenDotsTest {

    private final RunGeometry geo = new RunGeometry(dev.cdnx.app.panels.Samples.load("viral-shield"));
    private final DotField field = new DotField();

    HiddenDotsTest() {
        field.reset(geo);
        field.discRadius = (float) NodeView.RADIUS;
    }

    @Test
    void aHitBetweenUsersAndTheEdgeUnderThemIsCountedNotDrawn() {
        int users = -1;
        int edge = -1;
        for (int l = 0; l < geo.links() && users < 0; l++) {
            int a = geo.linkFrom[l];
            int b = geo.linkTo[l];
            if (geo.kinds[a] == NodeKind.USERS && geo.kinds[b] == NodeKind.EDGE) {
                users = a;
                edge = b;
            }
        }
        double apart = Math.hypot(geo.x[edge] - geo.x[users], geo.y[edge] - geo.y[users]);
        assertEquals(true, apart < 2 * NodeView.RADIUS, "the sample draws its users on their edge: " + apart);
        field.addMove(users, edge, 0, 0.01, DotClass.REQUEST, 1);
        field.addMove(edge, users, 0.01, 0.02, DotClass.HIT, 2);
        field.advance(0.005, 0);
        assertEquals(0, field.visible, "nothing to draw outside the discs");
        assertEquals(1, field.hidden, "the request on its way to the edge");
        field.advance(0.03, 0);
        assertEquals(0, field.hidden, "both hops have landed");
    }

    @Test
    void theHudSaysHowManyRequestsAreInsideTheDiscs() {
        assertEquals("drawing every request · 0 dots (+23 inside node discs)", RunHud.samplingText(1, 0, 23));
        assertEquals("drawing every request · 5 dots", RunHud.samplingText(1, 5, 0));
        assertEquals(
                "drawing 1 in 4 requests · 2,000 dots (+1,500 inside node discs) · counters exact",
                RunHud.samplingText(4, 2000, 1500));
    }
}
