package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cache's picture drawn as parts (rings, chip, leader line; {@link CacheLayout}) composes to exactly the
 * picture drawn whole, over a ground and under and over its neighbours, through a run of changing figures;
 * and a change of the counters alone redraws and composes the chip only.
 */
class CachePartsTest {

    private static final int W = 420;
    private static final int H = 320;
    private static final int CACHES = 48;
    /** Chip corners around the disc as the placer puts them: beside, above, below, left, and set apart. */
    private static final int[][] SPOTS = {{28, -26}, {28, 2}, {-20, -82}, {-20, 28}, {-96, -26}, {60, 40}, {-130, -90}};

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void partsComposeToTheWholePictureThroughARunOfChanges() {
        partsComposeToTheWholePicture(1, 1);
    }

    @Test
    void soTooAtAnotherPixelDensity() {
        // a raster coarser than the screen (a drawing too large for full density) and a zoom below 100 %
        partsComposeToTheWholePicture(0.8, 0.6);
    }

    private static void partsComposeToTheWholePicture(double px, double world) {
        int[] result = fx(() -> {
            ThemeColors c = new ThemeColors(new Group().getChildren());
            CounterSprites draw = new CounterSprites(px, world);
            Random rnd = new Random(16);
            int[] ground = new int[W * H];
            for (int p = 0; p < ground.length; p++) {
                // opaque map pixels, and some translucent ones (premultiplied)
                ground[p] = p % 7 == 0 ? 0x40102030 : 0xFF000000 | rnd.nextInt(0x1000000);
            }
            GaugeLayer whole = new GaugeLayer(W, H, CACHES);
            GaugeLayer parts = new GaugeLayer(W, H, CACHES * CacheLayout.PARTS);
            whole.setGround(ground);
            parts.setGround(ground);
            CacheFigures[] figures = new CacheFigures[CACHES];
            int[] at = new int[2 * CACHES];
            for (int i = 0; i < CACHES; i++) {
                at[2 * i] = 20 + rnd.nextInt(W - 40);
                at[2 * i + 1] = 20 + rnd.nextInt(H - 40);
                figures[i] = figures(rnd, i, rnd.nextInt(SPOTS.length), rnd.nextInt(5000));
            }
            int steps = 0;
            for (int step = 0; step < 25; step++) {
                for (int i = 0; i < CACHES; i++) {
                    CacheFigures f = figures[i];
                    whole.want(i, f, () -> draw.cache(c, f), at[2 * i], at[2 * i + 1]);
                    NodePictures.wantCache(parts, i, f, draw, c, at[2 * i], at[2 * i + 1]);
                }
                drain(whole);
                drain(parts);
                assertArrayEquals(whole.background, parts.background, "step " + step);
                // and composing only what changed equals composing everything again
                int[] incremental = parts.background.clone();
                parts.setGround(ground);
                assertArrayEquals(incremental, parts.background, "recomposed at step " + step);
                steps++;
                for (int i = 0; i < CACHES; i++) {
                    figures[i] = next(rnd, i, figures[i]);
                }
            }
            return new int[] {steps};
        });
        assertEquals(25, result[0]);
    }

    @Test
    void newCountersRedrawAndComposeTheChipAlone() {
        long[] work = fx(() -> {
            ThemeColors c = new ThemeColors(new Group().getChildren());
            CounterSprites draw = new CounterSprites(1, 1);
            CacheFigures before = new CacheFigures(
                    120,
                    200,
                    -1,
                    false,
                    List.of("requests 1,234", "hits 1,000", "misses 234", "coalesced 0"),
                    60,
                    40,
                    true);
            CacheFigures after = new CacheFigures(
                    120,
                    200,
                    -1,
                    false,
                    List.of("requests 1,240", "hits 1,005", "misses 235", "coalesced 0"),
                    60,
                    40,
                    true);
            GaugeLayer whole = new GaugeLayer(W, H, 1);
            GaugeLayer parts = new GaugeLayer(W, H, CacheLayout.PARTS);
            whole.want(0, before, () -> draw.cache(c, before), 150, 120);
            NodePictures.wantCache(parts, 0, before, draw, c, 150, 120);
            drain(whole);
            drain(parts);
            long wholeDrawn = whole.spritesDrawn;
            long partsDrawn = parts.spritesDrawn;
            long wholeComposed = whole.composedPixels;
            long partsComposed = parts.composedPixels;
            long wholePixels = whole.drawnPixels;
            long partsPixels = parts.drawnPixels;
            whole.want(0, after, () -> draw.cache(c, after), 150, 120);
            NodePictures.wantCache(parts, 0, after, draw, c, 150, 120);
            drain(whole);
            drain(parts);
            int[] chip = draw.layout(after).part(CacheLayout.CHIP);
            int[] all = draw.layout(after).whole();
            return new long[] {
                whole.spritesDrawn - wholeDrawn,
                parts.spritesDrawn - partsDrawn,
                whole.composedPixels - wholeComposed,
                parts.composedPixels - partsComposed,
                (long) (chip[2] - chip[0] + 1) * (chip[3] - chip[1] + 1),
                (long) (all[2] - all[0] + 1) * (all[3] - all[1] + 1),
                partsDrawn,
                whole.drawnPixels - wholePixels,
                parts.drawnPixels - partsPixels
            };
        });
        assertEquals(1, work[0]);
        assertEquals(3, work[6], "rings, chip and leader line drawn at first");
        assertEquals(1, work[1], "new counters redraw the chip alone, not the rings nor the leader");
        assertEquals(work[5], work[7], "drawn whole, the picture from disc to chip is drawn again");
        assertEquals(work[4], work[8], "as parts, the chip's rectangle only");
        assertTrue(work[8] * 2 < work[7], "less than half the whole picture: " + work[8] + " of " + work[7]);
        assertTrue(work[3] <= work[2], "and no more composed: " + work[3] + " against " + work[2]);
    }

    private static void drain(GaugeLayer layer) {
        while (layer.pending()) {
            layer.drawPending();
        }
    }

    private static CacheFigures figures(Random rnd, int i, int spot, int requests) {
        List<String> lines = new ArrayList<>();
        if (i % 5 != 4) {
            lines.add("requests " + NodeCounters.count(requests));
            lines.add("hits " + NodeCounters.count(requests * 3L / 4));
            lines.add("misses " + NodeCounters.count(requests / 4));
            lines.add("coalesced " + NodeCounters.count(requests / 50));
        }
        int[] s = SPOTS[spot];
        return new CacheFigures(
                rnd.nextInt(361),
                i % 7 == 0 ? -1 : rnd.nextInt(361),
                i % 3 == 0 ? rnd.nextInt(361) : -1,
                i % 11 == 0,
                lines,
                s[0],
                s[1],
                Math.abs(s[0]) > 50 || Math.abs(s[1]) > 50);
    }

    /** The next check's figures: the counters grow, now and then a ring turns, a chip moves or a node goes down. */
    private static CacheFigures next(Random rnd, int i, CacheFigures f) {
        int requests =
                f.lines().isEmpty() ? 0 : Integer.parseInt(f.lines().get(0).replaceAll("[^0-9]", ""));
        int spot = 0;
        for (int k = 0; k < SPOTS.length; k++) {
            if (SPOTS[k][0] == f.chipX() && SPOTS[k][1] == f.chipY()) {
                spot = k;
            }
        }
        if (rnd.nextInt(8) == 0) {
            spot = rnd.nextInt(SPOTS.length);
        }
        CacheFigures g = figures(rnd, i, spot, requests + rnd.nextInt(3) * 7);
        boolean turn = rnd.nextInt(4) == 0;
        return new CacheFigures(
                turn ? g.fillDeg() : f.fillDeg(),
                turn ? g.hitDeg() : f.hitDeg(),
                turn ? g.coverDeg() : f.coverDeg(),
                rnd.nextInt(20) == 0 != f.down(),
                g.lines(),
                g.chipX(),
                g.chipY(),
                g.leader());
    }
}
