package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javafx.scene.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With a floor colour set (the raster carries the layer under it, and nothing is drawn under the raster),
 * every pixel the raster writes is its old pixel laid over the floor: the same picture as the old pixel over
 * a fill of that colour, and opaque, translucent dot outlines and miss trails included.
 */
class DotsOverTheFloorTest {

    private static final int W = 300;
    private static final int H = 200;
    private static final int DOTS = 2000;
    private static final int SEA = 0xFFE8F1F8;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void overTheFloorEveryPixelIsTheOldPixelOverIt() {
        int[] counts = fx(() -> {
            ThemeColors colors = new ThemeColors(new Group().getChildren());
            Random rnd = new Random(9);
            int[] ground = TestPixels.opaqueNoise(rnd, W * H);
            DotField f = TestPixels.dots(DOTS);
            for (int i = 0; i < DOTS; i++) {
                f.px[i] = 2 + rnd.nextFloat() * (W - 4);
                f.py[i] = 2 + rnd.nextFloat() * (H - 4);
                f.tx[i] = rnd.nextFloat() * W;
                f.ty[i] = rnd.nextFloat() * H;
                f.pcls[i] = (byte) (i % DotClass.COUNT);
            }
            DotRaster old = new DotRaster(W, H);
            old.paint(f, null, 0, 0, 1, 0, -1, colors, 15, ground);
            DotRaster floored = new DotRaster(W, H);
            floored.setFloor(SEA);
            floored.paint(f, null, 0, 0, 1, 0, -1, colors, 15, ground);
            int translucent = 0;
            int unlike = 0;
            int notOpaque = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int was = old.pixel(x, y);
                    int now = floored.pixel(x, y);
                    translucent += was >>> 24 == 255 ? 0 : 1;
                    unlike += now == Sprite.over(was, SEA) ? 0 : 1;
                    notOpaque += now >>> 24 == 255 ? 0 : 1;
                }
            }
            return new int[] {translucent, unlike, notOpaque};
        });
        assertTrue(counts[0] > 1000, "the old picture has translucent pixels (outlines, trails): " + counts[0]);
        assertEquals(0, counts[1], "pixels unlike the old pixel over the floor");
        assertEquals(0, counts[2], "pixels not opaque over the floor");
    }
}
