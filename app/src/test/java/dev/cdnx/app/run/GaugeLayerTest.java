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
        long looked = layer.spritesLookedAt;
        layer.want(67, "new figures", square(0xFF00FF00), 10 + 7 * 19, 10 + 3 * 28);
        assertTrue(layer.drawPending());
        assertEquals(121, layer.composedPixels - composed, "the old and the new picture share one pass of 11 x 11");
        assertEquals(1, layer.spritesLookedAt - looked, "of 200 pictures, only the one in the rectangle is looked at");
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

    @Test
    void aRedrawThatChangesAFewPixelsComposesOnlyTheirBox() {
        GaugeLayer layer = drawnLayer();
        long composed = layer.composedPixels;
        int cx = 10 + 7 * 19;
        int cy = 10 + 3 * 28;
        // the same square with a 2 x 3 patch of another colour, as new digits on a chip
        layer.want(
                67,
                "a few digits",
                () -> {
                    Sprite s = square(0xFF000000 | 67).get();
                    s.fillRect(4, 6, 2, 3, 0xFFFFFFFF);
                    return s;
                },
                cx,
                cy);
        assertTrue(layer.drawPending());
        assertEquals(6, layer.composedPixels - composed, "only the changed 2 x 3 pixels (the whole 11 x 11 before)");
        assertEquals(0xFFFFFFFF, layer.background[(cy + 1) * layer.width + cx - 1]);
        layer.want(67, "the same again", square(0xFF000000 | 67), cx, cy);
        layer.drawPending();
        composed = layer.composedPixels;
        layer.want(67, "an equal picture", square(0xFF000000 | 67), cx, cy);
        assertTrue(layer.drawPending());
        assertEquals(composed, layer.composedPixels, "a picture drawn again the same composes nothing");
    }

    @Test
    void aPictureMovedFarComposesItsOldAndNewRectanglesApart() {
        GaugeLayer layer = new GaugeLayer(400, 300, 1);
        layer.want(0, "here", square(0xFF00FF00), 20, 20);
        layer.drawPending();
        long composed = layer.composedPixels;
        layer.want(0, "there", square(0xFF0000FF), 300, 200);
        assertTrue(layer.drawPending());
        assertEquals(2 * 121, layer.composedPixels - composed, "two 11 x 11 rectangles, not the 291 x 191 between");
        assertEquals(0, layer.background[20 * 400 + 20], "the old place is clear");
        assertEquals(0xFF0000FF, layer.background[200 * 400 + 300]);
    }

    @Test
    void composingOnlyWhatChangedGivesThePictureComposedFromScratch() {
        java.util.Random rnd = new java.util.Random(9);
        GaugeLayer layer = new GaugeLayer(120, 90, 30);
        int[] ground = new int[120 * 90];
        for (int p = 0; p < ground.length; p++) {
            ground[p] = 0xFF000000 | rnd.nextInt(0x1000000);
        }
        layer.setGround(ground);
        String[] keys = new String[30];
        int[] at = new int[60];
        for (int step = 0; step < 40; step++) {
            for (int i = 0; i < 30; i++) {
                int colour = rnd.nextInt(4) == 0 ? 0x80402010 : 0xFF000000 | rnd.nextInt(0x1000000);
                int w = 3 + rnd.nextInt(12);
                int patch = rnd.nextInt(3);
                Supplier<Sprite> draw = () -> {
                    Sprite s = new Sprite(-w / 2, -4, w, 9);
                    s.fillRect(0, 0, w, 9, 0x60808080);
                    s.fillRect(patch, patch, 2, 2, colour);
                    return s;
                };
                if (step == 0 || rnd.nextInt(3) == 0) {
                    keys[i] = "figures " + step + "," + i;
                }
                if (step == 0 || rnd.nextInt(5) == 0) {
                    at[2 * i] = 10 + rnd.nextInt(100);
                    at[2 * i + 1] = 10 + rnd.nextInt(70);
                }
                layer.want(i, keys[i], draw, at[2 * i], at[2 * i + 1]);
            }
            while (layer.pending()) {
                layer.drawPending();
            }
            int[] incremental = layer.background.clone();
            layer.setGround(ground);
            assertArrayEquals(layer.background, incremental, "step " + step);
        }
    }
}
