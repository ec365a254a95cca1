package dev.cdnx.app.run;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Where an origin's badge (its load meter with the fetches above it) stands around the origin's disc:
 * above it by default, else at the first of the upper corners, the sides, below and the lower corners
 * where it covers no node's name. Where
 * the origin shares its spot with a shield (samples/viral-shield.json) the badge above covered the
 * shield's name (#17). With no free side it takes the one that covers the least. Pure arithmetic, world
 * units.
 */
final class BadgePlacement {

    /** The meter and the badge above it, in screen pixels: a 52 px chip, 3 px of air, a 7 px meter. */
    static final double HEIGHT = 62;

    private static final Text MEASURE = new Text();
    // The badge's own type (CounterSprites.origin): the figure in bold 20 px, the two lines in 10 px.
    private static final Font BIG = Font.font(null, FontWeight.BOLD, 20);
    private static final Font SMALL = Font.font(10);

    private BadgePlacement() {}

    /** The badge's width in screen pixels for its figure ({@code null}: none yet) and its load line. */
    static double badgeWidth(String fetches, String load) {
        double w = Math.max(width(fetches == null ? "0" : fetches, BIG), width("origin fetches", SMALL));
        return Math.max(56, Math.max(w, width(load, SMALL)) + 10);
    }

    private static double width(String s, Font f) {
        MEASURE.setFont(f);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /**
     * Returns the badge's box: the first place around the disc that covers no name, else the least covering.
     *
     * @param x the disc's centre
     * @param y the disc's centre
     * @param w the badge's width
     * @param h the badge's height
     * @param gap the distance from the disc's centre to the badge's near edge
     * @param names the boxes of the names drawn on the map
     * @return the badge's box
     */
    static Rectangle2D place(double x, double y, double w, double h, double gap, List<Rectangle2D> names) {
        // Eight places around the disc, each with its nearest corner or edge at the gap: above first (where
        // the badge always stood), then the upper corners, the sides, below and the lower corners.
        double d = gap * Math.sqrt(0.5);
        Rectangle2D[] sides = {
            new Rectangle2D(x - w / 2, y - gap - h, w, h),
            new Rectangle2D(x + d, y - d - h, w, h),
            new Rectangle2D(x - d - w, y - d - h, w, h),
            new Rectangle2D(x + gap, y - h / 2, w, h),
            new Rectangle2D(x - gap - w, y - h / 2, w, h),
            new Rectangle2D(x - w / 2, y + gap, w, h),
            new Rectangle2D(x + d, y + d, w, h),
            new Rectangle2D(x - d - w, y + d, w, h)
        };
        Rectangle2D best = sides[0];
        double least = Double.POSITIVE_INFINITY;
        for (Rectangle2D side : sides) {
            double covered = covered(side, names);
            if (covered == 0) {
                return side;
            }
            if (covered < least) {
                least = covered;
                best = side;
            }
        }
        return best;
    }

    private static double covered(Rectangle2D badge, List<Rectangle2D> names) {
        double sum = 0;
        for (Rectangle2D n : names) {
            double dx = Math.min(badge.getMaxX(), n.getMaxX()) - Math.max(badge.getMinX(), n.getMinX());
            double dy = Math.min(badge.getMaxY(), n.getMaxY()) - Math.max(badge.getMinY(), n.getMinY());
            if (dx > 0 && dy > 0) {
                sum += dx * dy;
            }
        }
        return sum;
    }
}
