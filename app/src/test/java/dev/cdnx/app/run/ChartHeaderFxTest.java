package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.chart.ChartHeader;
import dev.cdnx.app.run.chart.TimeChart;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * At 1024 × 700 the Metrics tab's charts get a third of the window's width each; their titles ("Errors,
 * stale (/s)") and legends (four series) must not be drawn over each other (#17), nor run off the chart.
 */
class ChartHeaderFxTest {

    @Test
    void titlesAndLegendsDoNotMeetIn1024PxWindow() throws Exception {
        // the bottom panel spans the window's width; its height at 1024 × 700 is about 280 px
        try (MetricsOnASample run = MetricsOnASample.open(1024, 280)) {
            MetricsPanel panel = run.panel;
            run.seek(120);
            // the latency chart (three series) and the errors chart (four) have their data and legends
            await(
                    () -> panel.charts().get(2).points() > 0
                            && panel.charts().get(3).points() > 0,
                    30_000);
            List<String> clashes = fx(() -> {
                panel.layout();
                List<String> out = new ArrayList<>();
                for (TimeChart c : panel.charts()) {
                    ChartHeader h = c.header();
                    List<Rectangle2D> boxes = new ArrayList<>(h.legend());
                    boxes.add(h.title());
                    for (int i = 0; i < boxes.size(); i++) {
                        for (int j = i + 1; j < boxes.size(); j++) {
                            if (boxes.get(i).intersects(boxes.get(j))) {
                                out.add(c.getId() + ": " + boxes.get(i) + " meets " + boxes.get(j));
                            }
                        }
                        if (boxes.get(i).getMinX() < 0 || boxes.get(i).getMaxX() > c.getWidth()) {
                            out.add(c.getId() + ": " + boxes.get(i) + " outside the chart's " + c.getWidth() + " px");
                        }
                    }
                    if (h.plotTop()
                            < h.legend().stream()
                                    .mapToDouble(Rectangle2D::getMaxY)
                                    .max()
                                    .orElse(0)) {
                        out.add(c.getId() + ": the plot starts under the legend");
                    }
                }
                return out;
            });
            assertEquals(List.of(), clashes);
        }
    }
}
