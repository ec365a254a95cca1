package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import org.junit.jupiter.api.Test;

/** What the display makes of the requests in flight: dots, miss trails, flow bands, parked dots. */
class DotFieldTest {

    private final RunGeometry geo = new RunGeometry(dev.cdnx.app.panels.Samples.load("viral-no-shield"));
    private final DotField field = new DotField();

    DotFieldTest() {
        field.reset(geo);
        field.discRadius = (float) NodeView.RADIUS;
    }

    private int longLink() {
        for (int l = 0; l < geo.links(); l++) {
            if (Math.hypot(geo.x[geo.linkTo[l]] - geo.x[geo.linkFrom[l]], geo.y[geo.linkTo[l]] - geo.y[geo.linkFrom[l]])
                    > 200) {
                return l;
            }
        }
        throw new AssertionError("no long link");
    }

    @Test
    void aMissDrawsATrailBehindItThatStartsOutsideTheDisc() {
        int l = longLink();
        int a = geo.linkFrom[l];
        field.addMove(a, geo.linkTo[l], 0, 1, DotClass.MISS, 1);
        field.addMove(a, geo.linkTo[l], 0, 1, DotClass.HIT, 2);
        field.advance(0.2, 0);
        assertEquals(2, field.visible);
        for (int i = 0; i < field.visible; i++) {
            if (field.pcls[i] == DotClass.MISS) {
                double head = Math.hypot(field.px[i] - geo.x[a], field.py[i] - geo.y[a]);
                double tail = Math.hypot(field.tx[i] - geo.x[a], field.ty[i] - geo.y[a]);
                assertTrue(tail < head - 10, "the trail runs back towards where the miss came from");
                assertTrue(tail >= NodeView.RADIUS - 1e-3, "the trail never covers the node's icon: " + tail);
            }
        }
    }

    @Test
    void dotsAreNotDrawnOverANodeDisc() {
        int l = longLink();
        field.addMove(geo.linkFrom[l], geo.linkTo[l], 0, 1, DotClass.HIT, 1);
        field.advance(0.001, 0);
        assertEquals(0, field.visible, "a dot just leaving sits on the icon: not drawn");
        field.advance(0.5, 0);
        assertEquals(1, field.visible);
        field.advance(0.999, 0);
        assertEquals(0, field.visible, "nor one arriving");
    }

    @Test
    void aParkedDotWaitsOutsideTheDisc() {
        HopBatch b = new HopBatch();
        b.add(5, 5, 0, 0, DotClass.COALESCED, HopBatch.PARK, 77);
        field.add(b);
        field.advance(1, 0);
        assertEquals(1, field.visible);
        double d = Math.hypot(field.px[0] - geo.x[5], field.py[0] - geo.y[5]);
        assertTrue(d > NodeView.RADIUS, "parked at " + d);
    }

    @Test
    void aboveTwoThousandDotsTheLinksCarryBandsCountedByOutcomeAndBelowSixteenHundredDotsReturn() {
        int l = longLink();
        for (int i = 0; i < DotField.AGGREGATE_ABOVE + 1; i++) {
            field.addMove(geo.linkFrom[l], geo.linkTo[l], 0, 10, i % 3 == 0 ? DotClass.MISS : DotClass.HIT, i);
        }
        field.advance(1, 0);
        assertTrue(field.aggregated, "over the limit: bands from the next frame");
        field.advance(2, 0);
        assertEquals(0, field.visible, "no dots while bands are drawn");
        int base = l * DotClass.COUNT;
        assertEquals(667, field.bandCount[base + DotClass.MISS]);
        assertEquals(1334, field.bandCount[base + DotClass.HIT]);
        assertEquals(DotRaster.MAX_BAND, DotRaster.bandWidth(2001, 2001), "the busiest link is widest");
        assertEquals(DotRaster.MAX_BAND / 2, DotRaster.bandWidth(1000, 2000), "width follows the rate");
        // 1,601 still in flight: stays aggregated (no flicker around the limit)
        field.reset(geo);
        field.discRadius = (float) NodeView.RADIUS;
        for (int i = 0; i < DotField.DOTS_AGAIN + 1; i++) {
            field.addMove(geo.linkFrom[l], geo.linkTo[l], 0, 10, DotClass.HIT, i);
        }
        field.advance(1, 0);
        assertFalse(field.aggregated, "1,601 dots from dots: still dots");
    }

    @Test
    void aFlashRingsTheDiscWithoutCoveringItOrReachingTheName() {
        for (double age = 0; age <= 1; age += 0.05) {
            int r = DotRaster.flashRadius(NodeView.RADIUS, age);
            assertTrue(r > NodeView.RADIUS, "inside the disc at age " + age);
            // drawn two pixels thick; the name below starts about six pixels under the disc
            assertTrue(r + 1 <= NodeView.RADIUS + 5, "reaches the label at age " + age + ": " + r);
        }
    }
}
