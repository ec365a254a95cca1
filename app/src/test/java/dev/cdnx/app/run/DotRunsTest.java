package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javafx.scene.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dots written as row runs of their shapes give the picture that writing each shape's outline and then
 * its fill pixel by pixel gave, over a background, dot after dot; and a dot takes a few bulk writes.
 */
class DotRunsTest {

    private static final int W = 300;
    private static final int H = 200;
    private static final int DOTS = 3000;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void runsGiveThePixelByPixelPicture() {
        long[] checked = fx(() -> {
            ThemeColors colors = new ThemeColors(new Group().getChildren());
            Random rnd = new Random(5);
            int[] background = TestPixels.opaqueNoise(rnd, W * H);
            DotField f = TestPixels.dots(DOTS);
            for (int i = 0; i < DOTS; i++) {
                // a few reach over the edge, where a dot is left out whole
                f.px[i] = 2 + rnd.nextFloat() * (W - 4);
                f.py[i] = 2 + rnd.nextFloat() * (H - 4);
                f.pcls[i] = (byte) (i % DotClass.COUNT == DotClass.MISS ? DotClass.HIT : i % DotClass.COUNT);
            }
            DotRaster raster = new DotRaster(W, H);
            raster.paint(f, null, 0, 0, 1, 0, -1, colors, 15, background);
            int[] expected = background.clone();
            int e = DotShapes.EXTENT;
            for (int i = 0; i < DOTS; i++) {
                int cx = (int) f.px[i];
                int cy = (int) f.py[i];
                if (cx - e < 0 || cy - e < 0 || cx + e >= W || cy + e >= H) {
                    continue;
                }
                int c = f.pcls[i];
                put(expected, cx, cy, DotShapes.outlineDx(c), DotShapes.outlineDy(c), colors.outlineArgb);
                put(expected, cx, cy, DotShapes.fillDx(c), DotShapes.fillDy(c), colors.dotArgb[c]);
            }
            long differing = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    differing += raster.pixel(x, y) == expected[y * W + x] ? 0 : 1;
                }
            }
            return new long[] {differing, raster.dotWrites};
        });
        assertEquals(0, checked[0], "pixels unlike the pixel-by-pixel picture");
        assertTrue(checked[1] <= 16L * DOTS, "at most 16 writes a dot (up to 80 single pixels before): " + checked[1]);
    }

    private static void put(int[] into, int cx, int cy, int[] dx, int[] dy, int colour) {
        for (int j = 0; j < dx.length; j++) {
            into[(cy + dy[j]) * W + cx + dx[j]] = colour;
        }
    }
}
