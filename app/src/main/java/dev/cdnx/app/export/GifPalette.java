package dev.cdnx.app.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One 255-colour palette for all the frames of a GIF, plus a transparent index that later frames use for
 * every pixel that did not change. A picture of at most 255 colours keeps them exactly; otherwise the
 * colours are the most frequent ones of a sample of the frames,
 * counted in buckets of 5 bits a channel and averaged within a bucket; every other colour goes to its
 * nearest. A map of the run is a few theme colours and their anti-aliased blends, so 255 are plenty.
 */
final class GifPalette {

    /** The palette index meaning "as in the frame before". */
    static final int TRANSPARENT = 255;

    private final int[] colours;
    private final Map<Integer, Byte> nearest = new HashMap<>();
    private final IndexColorModel model;

    private GifPalette(int[] colours) {
        this.colours = colours;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        model = new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
    }

    /** The palette of {@code frames} (opaque RGB), from every {@code frameStep}-th frame. */
    static GifPalette of(List<BufferedImage> frames) {
        int frameStep = Math.max(1, frames.size() / 10);
        int[] exact = exactColours(frames, frameStep);
        if (exact != null) {
            return new GifPalette(exact);
        }
        long[] count = new long[1 << 15];
        long[][] sum = new long[1 << 15][3];
        for (int f = 0; f < frames.size(); f += frameStep) {
            BufferedImage img = frames.get(f);
            int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            for (int p : px) {
                int bucket = bucket(p);
                count[bucket]++;
                sum[bucket][0] += (p >> 16) & 0xff;
                sum[bucket][1] += (p >> 8) & 0xff;
                sum[bucket][2] += p & 0xff;
            }
        }
        Integer[] order = new Integer[count.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(count[b], count[a]));
        int n = 0;
        while (n < TRANSPARENT && count[order[n]] > 0) {
            n++;
        }
        int[] colours = new int[Math.max(1, n)];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            long c = count[k];
            colours[i] = (int) (sum[k][0] / c) << 16 | (int) (sum[k][1] / c) << 8 | (int) (sum[k][2] / c);
        }
        return new GifPalette(colours);
    }

    /** The sampled frames' colours when there are at most 255 of them (a simple drawing), else null. */
    private static int[] exactColours(List<BufferedImage> frames, int frameStep) {
        java.util.Set<Integer> seen = new java.util.LinkedHashSet<>();
        for (int f = 0; f < frames.size(); f += frameStep) {
            BufferedImage img = frames.get(f);
            for (int p : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth())) {
                if (seen.add(p & 0xffffff) && seen.size() > TRANSPARENT) {
                    return null;
                }
            }
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int bucket(int rgb) {
        return ((rgb >> 19) & 0x1f) << 10 | ((rgb >> 11) & 0x1f) << 5 | ((rgb >> 3) & 0x1f);
    }

    /** The palette index of an RGB colour (its nearest palette colour). */
    byte index(int rgb) {
        return nearest.computeIfAbsent(rgb & 0xffffff, this::closest);
    }

    private byte closest(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            int dr = r - ((colours[i] >> 16) & 0xff);
            int dg = g - ((colours[i] >> 8) & 0xff);
            int db = b - (colours[i] & 0xff);
            int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return (byte) best;
    }

    /** The colour model of every frame: the palette with {@link #TRANSPARENT} transparent. */
    IndexColorModel model() {
        return model;
    }
}
