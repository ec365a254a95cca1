package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The badge's place around an origin's disc at (100, 100), 20 units from its centre (#17). */
class BadgePlacementTest {

    private static final double W = 80;
    private static final double H = 60;

    @Test
    void withNothingAroundTheBadgeStandsAboveTheOrigin() {
        assertEquals(new Rectangle2D(60, 20, W, H), BadgePlacement.place(100, 100, W, H, 20, List.of()));
    }

    @Test
    void aShieldsNameAboveTheOriginSendsTheBadgeElsewhere() {
        // a shield on the origin's spot with its name placed above both discs (viral-shield)
        Rectangle2D shieldName = new Rectangle2D(70, 60, 60, 14);
        Rectangle2D badge = BadgePlacement.place(100, 100, W, H, 20, List.of(shieldName));
        assertFalse(badge.intersects(shieldName), badge + " covers " + shieldName);
    }

    @Test
    void withNoFreePlaceTheBadgeCoversTheLeast() {
        // everything around is taken by one big name except a sliver to the lower left
        Rectangle2D big = new Rectangle2D(-100, -100, 400, 400);
        Rectangle2D badge = BadgePlacement.place(100, 100, W, H, 20, List.of(big));
        assertEquals(new Rectangle2D(60, 20, W, H), badge, "all cover alike: the first, above");
    }
}
