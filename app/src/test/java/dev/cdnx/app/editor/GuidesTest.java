package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Alignment guides and equal spacing: where a dragged node snaps and which guide says why. */
class GuidesTest {

    @Test
    void snapsToAnotherNodesCentreLineWithinTheTolerance() {
        Guides.Snap s = Guides.snap(104, 300, List.of(new double[] {100, 50}), 6);
        assertEquals(100, s.x());
        assertEquals(300, s.y(), "the other axis is free");
        assertEquals(1, s.lines().size());
        Guides.Line l = s.lines().get(0);
        assertEquals(l.x1(), l.x2(), "a vertical guide");
        assertEquals(100, l.x1());
    }

    @Test
    void staysPutFartherThanTheTolerance() {
        Guides.Snap s = Guides.snap(110, 300, List.of(new double[] {100, 50}), 6);
        assertEquals(110, s.x());
        assertTrue(s.lines().isEmpty());
    }

    @Test
    void snapsToEqualSpacingInItsRow() {
        // two nodes in a row 100 apart: dragging a third near 300 in that row snaps it to 300
        Guides.Snap s = Guides.snap(297, 52, List.of(new double[] {100, 50}, new double[] {200, 50}), 6);
        assertEquals(300, s.x());
        assertEquals(50, s.y(), "and onto the row's centre line");
        assertTrue(s.lines().stream().anyMatch(Guides.Line::spacing));
    }

    @Test
    void distributeKeepsTheOutermostAndEvensTheGaps() {
        var a = new dev.cdnx.model.scenario.NodeSpec("a", dev.cdnx.model.scenario.NodeKind.EDGE);
        var b = new dev.cdnx.model.scenario.NodeSpec("b", dev.cdnx.model.scenario.NodeKind.EDGE);
        var c = new dev.cdnx.model.scenario.NodeSpec("c", dev.cdnx.model.scenario.NodeKind.EDGE);
        a.x = 0;
        b.x = 10;
        c.x = 100;
        var to = Guides.distribute(List.of(c, a, b), 0);
        assertEquals(0, to.get(a)[0]);
        assertEquals(50, to.get(b)[0]);
        assertEquals(100, to.get(c)[0]);
    }
}
