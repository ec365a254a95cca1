package dev.cdnx.app.run;

import java.util.Arrays;
import java.util.Random;

/** Pictures and dot fields the raster tests start from. */
final class TestPixels {

    private TestPixels() {}

    /** {@code count} opaque pixels of random colours: a ground where every blend shows. */
    static int[] opaqueNoise(Random rnd, int count) {
        int[] pixels = new int[count];
        for (int p = 0; p < count; p++) {
            pixels[p] = 0xFF000000 | rnd.nextInt(0x1000000);
        }
        return pixels;
    }

    /** A field of {@code count} visible dots, all at the origin and followed by no request, for a test to place. */
    static DotField dots(int count) {
        DotField f = new DotField();
        f.visible = count;
        f.px = new float[count];
        f.py = new float[count];
        f.pcls = new byte[count];
        f.ptrace = new long[count];
        Arrays.fill(f.ptrace, -1);
        f.tx = new float[count];
        f.ty = new float[count];
        return f;
    }
}
