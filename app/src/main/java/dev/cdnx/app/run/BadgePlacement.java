package dev.cdnx.app.run;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The size of an origin's badge (its load meter with the fetches above it), for {@link MapBlocks} to place
 * it around the origin's disc: above it by default, elsewhere where that would cover a name or other
 * figures (where the origin shares its spot with a shield, samples/viral-shield.json, the badge above
 * covered the shield's name, #17).
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
}
