package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A check of the gauges whose blocks are all the sizes they were keeps the last plan (#16's frame budget). */
@ExtendWith(ApplicationExtension.class)
class MapBlocksTest {

    private static final Rectangle2D AREA = new Rectangle2D(-2000, -2000, 6000, 6000);

    @Start
    void start(Stage stage) {
        // the figures are measured with JavaFX fonts: the toolkit only has to be running
    }

    /** Every cache shows a chip of the given lines (a map from node to lines, default two short lines). */
    private static MapBlocks.Figures figures(RunGeometry geo, Map<Integer, List<String>> lines) {
        return new MapBlocks.Figures() {
            @Override
            public String[] badge(int i) {
                return geo.kinds[i] == NodeKind.ORIGIN ? new String[] {"12", "load 1/10"} : null;
            }

            @Override
            public List<String> chip(int i) {
                return geo.kinds[i].caches() ? lines.getOrDefault(i, List.of("120 req", "80 hits")) : List.of();
            }
        };
    }

    private static List<Rectangle2D> boxes(MapBlocks blocks) {
        List<Rectangle2D> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(blocks.box(i));
        }
        return out;
    }

    @Test
    void aCheckWithTheSameSizesKeepsTheLastPlanAndAWiderChipPlacesAgain(FxRobot robot) {
        RunGeometry geo = new RunGeometry(FxTestSupport.sample("hello-cdn.json"));
        MapBlocks blocks = new MapBlocks(geo.size());
        Map<Integer, List<String>> lines = new ConcurrentHashMap<>();
        robot.interact(() -> blocks.plan(geo, figures(geo, lines), List.of(), AREA, 1));
        List<Rectangle2D> first = boxes(blocks);
        robot.interact(() -> blocks.plan(geo, figures(geo, lines), List.of(), AREA, 1));
        assertEquals(1, blocks.placings(), "the same sizes: nothing to place again");
        assertEquals(first, boxes(blocks));

        int edge = 0;
        while (!geo.kinds[edge].caches()) {
            edge++;
        }
        lines.put(edge, List.of("120,000,000 requests", "80 hits"));
        robot.interact(() -> blocks.plan(geo, figures(geo, lines), List.of(), AREA, 1));
        assertEquals(2, blocks.placings(), "a wider chip is placed again");
        assertNotNull(blocks.box(edge));
        assertEquals(first.get(edge).getMinY(), blocks.box(edge).getMinY(), 40, "still beside its node");

        robot.interact(() -> blocks.plan(geo, figures(geo, lines), List.of(new Rectangle2D(0, 0, 5, 5)), AREA, 1));
        assertEquals(3, blocks.placings(), "a new box to keep clear of places again");
    }
}
