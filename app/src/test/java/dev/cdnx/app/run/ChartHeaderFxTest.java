package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.chart.ChartHeader;
import dev.cdnx.app.run.chart.TimeChart;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * At 1024 × 700 the Metrics tab's charts get a third of the window's width each; their titles ("Errors,
 * stale (/s)") and legends (four series) must not be drawn over each other (#17), nor run off the chart.
 */
class ChartHeaderFxTest {

    private RunViewModel vm;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @AfterEach
    void dispose() {
        if (vm != null) {
            fxRun(vm::dispose);
        }
    }

    @Test
    void titlesAndLegendsDoNotMeetIn1024PxWindow() throws Exception {
        vm = fx(() -> new RunViewModel(new ScenarioDocument(sample("hello-cdn.json"))));
        MetricsPanel panel = fx(() -> {
            // the bottom panel spans the window's width; its height at 1024 × 700 is about 280 px
            MetricsPanel p = new MetricsPanel(vm);
            new Scene(p, 1024, 280);
            p.applyCss();
            p.layout();
            vm.startPulses();
            return p;
        });
        fx(() -> vm.seek(120)).get(30, TimeUnit.SECONDS);
        // the latency chart (three series) and the errors chart (four) have their data and legends
        await(() -> panel.charts().get(2).points() > 0 && panel.charts().get(3).points() > 0, 30_000);
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
