package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flow bands' totals are kept as hops start and end; they must equal a binning of every dot from
 * scratch (what the overlay did each frame before), frame by frame, over a recorded run that crosses into
 * the band mode and back, and the band mode must not visit every dot each frame.
 */
class FlowBandTotalsTest {

    private final RunGeometry geo = new RunGeometry(dev.cdnx.app.panels.Samples.load("viral-no-shield"));

    /** One recorded hop: link (or -1), class, depart, arrive as the field stores it. */
    private record Hop(int link, byte cls, double depart, double arrive) {}

    @Test
    void incrementalTotalsEqualABinningFromScratchInEveryFrameOfARecordedRun() {
        DotField field = new DotField();
        field.reset(geo);
        field.discRadius = (float) NodeView.RADIUS;
        Random rnd = new Random(16);
        List<Hop> recorded = new ArrayList<>();
        double t = 0;
        int framesAggregated = 0;
        int framesDots = 0;
        for (int frame = 0; frame < 600; frame++) {
            t += 1 / 60.0;
            // a burst in the middle of the run takes the field over the limit and back
            int adds = frame > 150 && frame < 400 ? 400 : 20;
            for (int i = 0; i < adds; i++) {
                double dep = t + rnd.nextDouble() * 0.2 - 0.05;
                double arr = dep + (rnd.nextInt(50) == 0 ? 0 : 0.3 + rnd.nextDouble() * 2.5);
                byte cls = (byte) rnd.nextInt(DotClass.COUNT);
                int from;
                int to;
                int link;
                if (rnd.nextInt(40) == 0) {
                    // a hop between two nodes with no link (never in a band)
                    from = rnd.nextInt(geo.size());
                    to = from;
                    link = -1;
                } else {
                    link = rnd.nextInt(geo.links());
                    boolean up = rnd.nextBoolean();
                    from = up ? geo.linkFrom[link] : geo.linkTo[link];
                    to = up ? geo.linkTo[link] : geo.linkFrom[link];
                }
                field.addMove(from, to, dep, arr, cls, recorded.size());
                recorded.add(new Hop(link, cls, dep, Math.max(arr, dep + 1e-9)));
            }
            field.advance(t, 0);
            int[] expected = new int[geo.links() * DotClass.COUNT];
            int moving = 0;
            for (Hop h : recorded) {
                if (h.depart() <= t && t < h.arrive()) {
                    moving++;
                    if (h.link() >= 0) {
                        expected[h.link() * DotClass.COUNT + h.cls()]++;
                    }
                }
            }
            assertArrayEquals(expected, field.bandCount, "per-link totals at frame " + frame);
            assertEquals(moving, field.moving, "dots under way at frame " + frame);
            if (field.aggregated) {
                framesAggregated++;
            } else {
                framesDots++;
            }
        }
        assertTrue(framesAggregated > 100, "the run reached the band mode: " + framesAggregated);
        assertTrue(framesDots > 100, "and came back to dots: " + framesDots);
    }

    @Test
    void inTheBandModeAFrameVisitsAnEighthOfTheDotsNotAll() {
        DotField field = new DotField();
        field.reset(geo);
        field.discRadius = (float) NodeView.RADIUS;
        Random rnd = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            int l = rnd.nextInt(geo.links());
            field.addMove(geo.linkFrom[l], geo.linkTo[l], 0, 1 + rnd.nextDouble() * 2, DotClass.HIT, i);
        }
        field.advance(0.5, 0);
        assertTrue(field.aggregated);
        field.advance(0.6, 0);
        assertEquals(100_000 / 8, field.visited, "one eighth of the columns swept for landed dots");
        assertEquals(100_000, field.moving);
        field.advance(2, 0);
        int sum = 0;
        for (int c : field.bandCount) {
            sum += c;
        }
        assertEquals(field.moving, sum, "landed dots left the totals before they left the columns");
    }

    @Test
    void aFrameAtAHundredThousandRequestsASecondAppliesItsChangesWithoutAHeap() {
        FlowTotals flows = new FlowTotals();
        flows.reset(geo.links());
        Random rnd = new Random(5);
        flows.advanceTo(0);
        double t = 0;
        int perFrame = 100_000 / 60;
        for (int frame = 0; frame < 300; frame++) {
            t += 1 / 60.0;
            for (int i = 0; i < perFrame; i++) {
                double dep = t - rnd.nextDouble() / 60;
                flows.add(rnd.nextInt(geo.links()), DotClass.HIT, dep, dep + 0.5 + rnd.nextDouble() * 2.5);
            }
            flows.advanceTo(t);
        }
        assertEquals(0, flows.heapSteps, "hops within the ring's 8 s wait in time buckets, not in a heap");
        assertTrue(
                flows.examined <= flows.applied + flows.applied / 4,
                "a change is looked at about once: " + flows.examined + " looked at, " + flows.applied + " applied");
        assertTrue(flows.applied > 300L * perFrame, "every start and the ends due were applied: " + flows.applied);
        assertEquals(2L * 300 * perFrame - flows.applied, flows.pending());
    }
}
