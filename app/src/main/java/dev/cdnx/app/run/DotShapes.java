package dev.cdnx.app.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of each dot class, so an outcome reads without its colour (colour-blind viewers, a greyscale
 * GIF): a small square while the outcome is unknown, a disc for a hit, a diamond for stale, a triangle
 * pointing up (the way a miss goes) for a miss, a ring for a revalidation, a plus for a coalesced request,
 * a hollow diamond for stale-if-error and a cross for an error. Each shape is a 9×9 pixel mask with a
 * one-pixel outline around it, kept as offsets from the centre so the raster blits it without branching.
 */
final class DotShapes {

    /** Half the sprite with its outline: pixels reach {@code -EXTENT..EXTENT} from the centre. */
    static final int EXTENT = 5;

    private static final int R = 4;

    /** Per class: pixel offsets (dx, dy) of the fill, then of the outline. */
    private static final int[][] FILL_DX = new int[DotClass.COUNT][];

    private static final int[][] FILL_DY = new int[DotClass.COUNT][];
    private static final int[][] LINE_DX = new int[DotClass.COUNT][];
    private static final int[][] LINE_DY = new int[DotClass.COUNT][];

    static {
        for (int c = 0; c < DotClass.COUNT; c++) {
            boolean[][] fill = new boolean[2 * EXTENT + 1][2 * EXTENT + 1];
            for (int dy = -R; dy <= R; dy++) {
                for (int dx = -R; dx <= R; dx++) {
                    fill[dy + EXTENT][dx + EXTENT] = inside(c, dx, dy);
                }
            }
            List<int[]> f = new ArrayList<>();
            List<int[]> l = new ArrayList<>();
            for (int dy = -EXTENT; dy <= EXTENT; dy++) {
                for (int dx = -EXTENT; dx <= EXTENT; dx++) {
                    if (fill[dy + EXTENT][dx + EXTENT]) {
                        f.add(new int[] {dx, dy});
                    } else if (touches(fill, dx + EXTENT, dy + EXTENT)) {
                        l.add(new int[] {dx, dy});
                    }
                }
            }
            FILL_DX[c] = f.stream().mapToInt(p -> p[0]).toArray();
            FILL_DY[c] = f.stream().mapToInt(p -> p[1]).toArray();
            LINE_DX[c] = l.stream().mapToInt(p -> p[0]).toArray();
            LINE_DY[c] = l.stream().mapToInt(p -> p[1]).toArray();
        }
    }

    private DotShapes() {}

    /** Whether pixel (dx, dy) from the centre belongs to the shape of class {@code c}. */
    static boolean inside(int c, int dx, int dy) {
        int ax = Math.abs(dx);
        int ay = Math.abs(dy);
        int d2 = dx * dx + dy * dy;
        return switch (c) {
            case DotClass.REQUEST -> ax <= 2 && ay <= 2;
            case DotClass.HIT -> d2 <= 20;
            case DotClass.STALE -> ax + ay <= R;
            // apex up at dy = -4, base at dy = +3
            case DotClass.MISS -> dy >= -R && dy <= 3 && ax * 7 <= (dy + R) * 4 + 1;
            case DotClass.REVALIDATED -> d2 <= 20 && d2 >= 6;
            case DotClass.COALESCED -> ax <= 1 || ay <= 1;
            case DotClass.STALE_IF_ERROR -> ax + ay <= R && ax + ay >= 3;
            case DotClass.ERROR -> Math.abs(dx - dy) <= 1 || Math.abs(dx + dy) <= 1;
            default -> false;
        };
    }

    private static boolean touches(boolean[][] fill, int x, int y) {
        for (int j = Math.max(0, y - 1); j <= Math.min(fill.length - 1, y + 1); j++) {
            for (int i = Math.max(0, x - 1); i <= Math.min(fill.length - 1, x + 1); i++) {
                if (fill[j][i]) {
                    return true;
                }
            }
        }
        return false;
    }

    static int[] fillDx(int c) {
        return FILL_DX[c];
    }

    static int[] fillDy(int c) {
        return FILL_DY[c];
    }

    static int[] outlineDx(int c) {
        return LINE_DX[c];
    }

    static int[] outlineDy(int c) {
        return LINE_DY[c];
    }

    /** The shape's name as the legend says it. */
    static String shapeName(int c) {
        return switch (c) {
            case DotClass.REQUEST -> "square";
            case DotClass.HIT -> "disc";
            case DotClass.STALE -> "diamond";
            case DotClass.MISS -> "triangle";
            case DotClass.REVALIDATED -> "ring";
            case DotClass.COALESCED -> "plus";
            case DotClass.STALE_IF_ERROR -> "hollow diamond";
            case DotClass.ERROR -> "cross";
            default -> "";
        };
    }
}
