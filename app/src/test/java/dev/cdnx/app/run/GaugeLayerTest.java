package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The nodes' gauges are cached pictures: a frame whose figures did not change draws none of them again, a
 * change draws only the nodes it touches, and a change of every node at once is spread over frames.
 */
class GaugeLayerTest {

    private static final int NODES = 200;

    private static Supplier<Sprite> square(int colour) {
        return () -> {
            Sprite s = new Sprite(-5, -5, 11, 11);
            s.fillRect(0, 0, 11, 11, colour);
            return s;
        };
    }

    private static GaugeLayer drawnLayer() {
        GaugeLayer layer = new GaugeLayer(400, 300, NODES);
        for (int i = 0; i < NODES; i++) {
            layer.want(i, "figures " + i, square(0xFF000000 | i), 10 + (i % 20) * 19, 10 + (i / 20) * 28);
        }
        assertTrue(layer.drawPending());
        return layer;
    }

    @Test
    void framesWithUnchangedFiguresDrawNoSprite() {
        GaugeLayer layer = drawnLayer();
        assertEquals(NODES, layer.spritesDrawn, "the first picture draws every node, all at once");
        int[] before = layer.background.clone();
        for (int frame = 0; frame < 100; frame++) {
            for (int i = 0; i < NODES; i++) {
                layer.want(i, "figures " + i, square(0xFFFFFFFF), 10 + (i % 20) * 19, 10 + (i / 20) * 28);
            }
            assertFalse(layer.drawPending(), "nothing changed in frame " + frame);
        }
        assertEquals(NODES, layer.spritesDrawn, "100 frames with the same figures drew no sprite");
        assertArrayEquals(before, layer.background);
    }

    @Test
    void aChangeRedrawsOnlyThatNodeAndOnlyItsPartOfThePicture() {
        GaugeLayer layer = drawnLayer();
        int[] before = layer.background.clone();
        int cx = 10 + 7 * 19;
        int cy = 10 + 3 * 28;
        layer.want(67, "new figures", square(0xFF00FF00), cx, cy);
        assertTrue(layer.drawPending());
        assertEquals(NODES + 1, layer.spritesDrawn);
        assertEquals(0xFF00FF00, layer.background[cy * layer.width + cx]);
        int changed = 0;
        for (int p = 0; p < before.length; p++) {
            if (before[p] != layer.background[p]) {
                changed++;
                int x = p % layer.width;
                int y = p / layer.width;
                assertTrue(Math.abs(x - cx) <= 5 && Math.abs(y - cy) <= 5, "changed outside the node: " + x + "," + y);
            }
        }
        assertEquals(121, changed);
    }

    @Test
    void aRedrawComposesItsRectangleOnceAndCopiesALonePicture() {
        GaugeLayer layer = drawnLayer();
        long composed = layer.composedPixels;
        long blended = layer.blendedPixels;
        layer.want(67, "new figures", square(0xFF00FF00), 10 + 7 * 19, 10 + 3 * 28);
        assertTrue(layer.drawPending());
        assertEquals(121, layer.composedPixels - composed, "the old and the new picture share one pass of 11 x 11");
        assertEquals(0, layer.blendedPixels - blended, "no other picture overlaps it: its rows are copied");
    }

    @Test
    void everyNodeChangingAtOnceIsSpreadOverFrames() {
        GaugeLayer layer = drawnLayer();
        for (int i = 0; i < NODES; i++) {
            layer.want(i, "later " + i, square(0xFF0000FF), 10 + (i % 20) * 19, 10 + (i / 20) * 28);
        }
        int frames = 0;
        long drawn = layer.spritesDrawn;
        while (layer.pending()) {
            layer.drawPending();
            assertTrue(layer.spritesDrawn - drawn <= GaugeLayer.BUDGET, "at most the budget per frame");
            drawn = layer.spritesDrawn;
            frames++;
        }
        assertEquals((NODES + GaugeLayer.BUDGET - 1) / GaugeLayer.BUDGET, frames);
        assertEquals(2 * NODES, layer.spritesDrawn);
    }

    @Test
    void overlappingSpritesAreComposedInNodeOrder() {
        GaugeLayer layer = new GaugeLayer(50, 50, 2);
        layer.want(0, "a", square(0xFFFF0000), 20, 20);
        layer.want(1, "b", square(0x80000080), 24, 20);
        layer.drawPending();
        int under = layer.background[20 * 50 + 22];
        assertNotEquals(0xFFFF0000, under, "the second node's translucent picture lies over the first's");
        long blended = layer.blendedPixels;
        layer.want(0, "a2", square(0xFF00FF00), 20, 20);
        layer.drawPending();
        assertEquals(7 * 11, layer.blendedPixels - blended, "the first picture is copied, only the overlap blended");
        assertEquals(Sprite.over(0x80000080, 0xFF00FF00), layer.background[20 * 50 + 22], "recomposed in order");
        assertEquals(0xFF00FF00, layer.background[20 * 50 + 16], "where only the first lies");
    }

    @Test
    void aGroundShowsUnderTheGaugesAndGoesWhenTakenAway() {
        GaugeLayer layer = new GaugeLayer(40, 30, 2);
        // a picture with a clear corner pixel: the ground shows through it
        Supplier<Sprite> ring = () -> {
            Sprite s = new Sprite(-5, -5, 11, 11);
            s.fillRect(1, 1, 9, 9, 0xFF00FF00);
            return s;
        };
        layer.want(0, "ring", ring, 20, 15);
        assertTrue(layer.drawPending());
        int[] ground = new int[40 * 30];
        java.util.Arrays.fill(ground, 0xFF102030);
        layer.setGround(ground);
        assertTrue(layer.drawPending(), "a new ground changes the picture");
        assertEquals(0xFF102030, layer.background[0], "the ground beside the gauges");
        assertEquals(0xFF102030, layer.background[10 * 40 + 15], "and in the picture's clear corner");
        assertEquals(0xFF00FF00, layer.background[15 * 40 + 20], "the gauge over it");
        assertEquals(40 * 30 + 11 * 11, layer.composedPixels, "the whole layer composed once over the ground");
        layer.setGround(null);
        assertEquals(0, layer.background[0], "clear again without a ground");
        assertEquals(0, layer.background[10 * 40 + 15]);
        assertEquals(0xFF00FF00, layer.background[15 * 40 + 20]);
    }
}
