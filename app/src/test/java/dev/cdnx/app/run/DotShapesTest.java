package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each outcome has a shape of its own, so the dots read without colour (colour-blind viewers, a greyscale
 * GIF), and the shapes are large enough to tell apart at 100 % zoom.
 */
class DotShapesTest {

    private static String mask(int c) {
        StringBuilder b = new StringBuilder();
        for (int dy = -DotShapes.EXTENT; dy <= DotShapes.EXTENT; dy++) {
            for (int dx = -DotShapes.EXTENT; dx <= DotShapes.EXTENT; dx++) {
                b.append(DotShapes.inside(c, dx, dy) ? '#' : '.');
            }
        }
        return b.toString();
    }

    @Test
    void everyOutcomeHasItsOwnShape() {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < DotClass.COUNT; c++) {
            assertTrue(seen.add(mask(c)), DotClass.label(c) + " has the same shape as another class");
            assertFalse(DotShapes.shapeName(c).isEmpty(), DotClass.label(c));
        }
    }

    @Test
    void theOutcomeShapesSpanNinePixelsAndTheOutlineSurroundsThem() {
        for (int c = DotClass.HIT; c < DotClass.COUNT; c++) {
            int[] dx = DotShapes.fillDx(c);
            int[] dy = DotShapes.fillDy(c);
            int minX = 0;
            int maxX = 0;
            int minY = 0;
            int maxY = 0;
            for (int j = 0; j < dx.length; j++) {
                minX = Math.min(minX, dx[j]);
                maxX = Math.max(maxX, dx[j]);
                minY = Math.min(minY, dy[j]);
                maxY = Math.max(maxY, dy[j]);
            }
            // The old dots were 3 px squares: unreadable at 100 % zoom.
            assertTrue(maxX - minX + 1 >= 8 && maxY - minY + 1 >= 8, DotClass.label(c) + " is too small");
            assertTrue(DotShapes.outlineDx(c).length > dx.length / 2, DotClass.label(c) + " outline");
        }
    }
}
