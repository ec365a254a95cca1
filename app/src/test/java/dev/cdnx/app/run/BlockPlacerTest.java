package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Blocks placed around discs: an origin's badge at (100, 100), 20 units from its centre, and chips (#16, #17). */
class BlockPlacerTest {

    private static final double W = 80;
    private static final double H = 60;

    private static Rectangle2D badge(List<Rectangle2D> keepClear) {
        return new BlockPlacer(keepClear, 26)
                .place(0, 100, 100, W, H, 20, BlockPlacer.Order.BADGE, -1)
                .box();
    }

    @Test
    void withNothingAroundTheBadgeStandsAboveTheOrigin() {
        assertEquals(new Rectangle2D(60, 20, W, H), badge(List.of()));
    }

    @Test
    void aShieldsNameAboveTheOriginSendsTheBadgeElsewhere() {
        // a shield on the origin's spot with its name placed above both discs (viral-shield)
        Rectangle2D shieldName = new Rectangle2D(70, 60, 60, 14);
        Rectangle2D badge = badge(List.of(shieldName));
        assertFalse(badge.intersects(shieldName), badge + " covers " + shieldName);
    }

    @Test
    void withNoFreePlaceTheBadgeCoversTheLeast() {
        // everything around is taken by one big box
        Rectangle2D big = new Rectangle2D(-600, -600, 1400, 1400);
        assertEquals(new Rectangle2D(60, 20, W, H), badge(List.of(big)), "all cover alike: the first, above");
    }

    @Test
    void withNothingAroundAChipStandsRightOfItsDisc() {
        BlockPlacer.Placed p =
                new BlockPlacer(List.of(), 26).place(0, 100, 100, 70, 52, 28, BlockPlacer.Order.CHIP, -1);
        assertEquals(new Rectangle2D(128, 74, 70, 52), p.box());
        assertFalse(p.setApart(), "beside its disc: no leader line");
    }

    @Test
    void threeNodesOnOneSpotGetTheirFiguresApartAndOffEveryDisc() {
        // cost-lever at 52 %: shield-ashburn, origin-us-east and edge-new-york within a few pixels
        double[][] nodes = {{569.5, 283.1}, {558.3, 280.6}, {588.8, 273.8}};
        double px = 1 / 0.52;
        double ring = 26 * px;
        BlockPlacer placer = new BlockPlacer(List.of(), 26 * px);
        for (int i = 0; i < nodes.length; i++) {
            placer.addDisc(i, nodes[i][0], nodes[i][1], ring);
        }
        List<Rectangle2D> blocks = new ArrayList<>();
        blocks.add(placer.place(0, nodes[0][0], nodes[0][1], 70 * px, 62 * px, 20 * px, BlockPlacer.Order.BADGE, -1)
                .box());
        for (int i = 1; i < nodes.length; i++) {
            blocks.add(placer.place(i, nodes[i][0], nodes[i][1], 90 * px, 52 * px, 28 * px, BlockPlacer.Order.CHIP, -1)
                    .box());
        }
        for (int a = 0; a < blocks.size(); a++) {
            for (int b = a + 1; b < blocks.size(); b++) {
                assertFalse(blocks.get(a).intersects(blocks.get(b)), blocks.get(a) + " covers " + blocks.get(b));
            }
            for (int n = 0; n < nodes.length; n++) {
                Rectangle2D disc = new Rectangle2D(nodes[n][0] - ring, nodes[n][1] - ring, 2 * ring, 2 * ring);
                assertTrue(n == a || !blocks.get(a).intersects(disc), "block " + a + " covers disc " + n);
            }
        }
    }

    @Test
    void aChipStaysInsideThePicture() {
        // edge-singapore at the drawing's right edge: a chip on its right was cut off by the picture's edge
        BlockPlacer placer = new BlockPlacer(List.of(), 26);
        Rectangle2D picture = new Rectangle2D(0, 0, 150, 300);
        placer.limitTo(picture);
        Rectangle2D chip = placer.place(0, 100, 100, 70, 52, 28, BlockPlacer.Order.CHIP, -1)
                .box();
        assertTrue(picture.contains(chip), chip + " inside " + picture);
    }

    @Test
    void aBlockKeepsAirAroundIt() {
        // a name ending a pixel left of where the chip would start: the chip keeps 2 units of air from it
        BlockPlacer placer = new BlockPlacer(List.of(new Rectangle2D(60, 90, 67, 16)), 26);
        placer.pad(2);
        Rectangle2D chip = placer.place(0, 100, 100, 70, 52, 28, BlockPlacer.Order.CHIP, -1)
                .box();
        assertNotEquals(128, chip.getMinX(), "not right beside the disc, a pixel from the name");
    }

    @Test
    void aBlockSetApartComesBackWhenRoomFreesUpNearItsNode() {
        // place 11: the first ring's second place is 3 (left); 11 is that side one ring further out
        BlockPlacer.Placed p =
                new BlockPlacer(List.of(), 26).place(0, 100, 100, 70, 52, 28, BlockPlacer.Order.CHIP, 11);
        assertEquals(0, p.placeIndex(), "nothing around any more: back beside the disc");
    }

    @Test
    void aBlockKeepsItsPlaceWhileThatStaysFree() {
        BlockPlacer first = new BlockPlacer(List.of(), 26);
        int left =
                first.place(0, 100, 100, 70, 52, 28, BlockPlacer.Order.CHIP, 4).placeIndex();
        assertEquals(4, left, "the chip had stood left of its disc: it stays there");
        Rectangle2D overLeft = new Rectangle2D(0, 60, 72, 80);
        BlockPlacer.Placed moved =
                new BlockPlacer(List.of(overLeft), 26).place(0, 100, 100, 70, 52, 28, BlockPlacer.Order.CHIP, 4);
        assertFalse(moved.box().intersects(overLeft), "a name there now: the chip moves");
    }

    @Test
    void aChipFindsAFreePlaceFurtherOutBeforeItTouchesItsOwnName() {
        // cost-lever at 52 %: around edge-new-york every place of the first five rings was taken by the
        // figures and names of three other nodes on its spot, and the place covering the least lay on the
        // end of the edge's own name (#17). Here four boxes leave only a slot that overlaps the name by 5
        // units, and a free place six rings out below the disc.
        Rectangle2D name = new Rectangle2D(28, -8, 83, 16);
        List<Rectangle2D> keepClear = List.of(
                name,
                new Rectangle2D(-400, -400, 800, 372),
                new Rectangle2D(-400, 28, 352, 372),
                new Rectangle2D(48, 28, 352, 372),
                new Rectangle2D(-48, 28, 96, 155),
                new Rectangle2D(-400, -28, 504, 56),
                new Rectangle2D(180, -28, 220, 56));
        BlockPlacer placer = new BlockPlacer(keepClear, 26);
        placer.addDisc(0, 0, 0, 26);
        BlockPlacer.Placed p = placer.place(0, 0, 0, 70, 52, 28, BlockPlacer.Order.CHIP, -1);
        Rectangle2D chip = p.box();
        Rectangle2D withAir = new Rectangle2D(chip.getMinX() - 2, chip.getMinY() - 2, 74, 56);
        assertFalse(withAir.intersects(name), chip + " within 2 units of its name " + name);
        assertTrue(keepClear.stream().noneMatch(chip::intersects), chip + " is free");
        assertTrue(p.setApart(), "set apart, with a leader line");
    }
}
