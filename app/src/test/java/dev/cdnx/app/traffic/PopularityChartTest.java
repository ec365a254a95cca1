package dev.cdnx.app.traffic;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.model.traffic.Workload;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Traffic tab's popularity chart shows the imported log's points and its fitted line on log axes. */
class PopularityChartTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void anImportFillsThePointsAndTheFittedLine() {
        SimpleObjectProperty<Workload> workload = new SimpleObjectProperty<>();
        PopularityChart chart = fx(() -> new PopularityChart(workload));
        assertEquals(0, (int) fx(() -> chart.getData().size()), "nothing before the import");

        Workload w = new Workload();
        w.zipfAlpha = 1.0;
        w.rankFrequency = List.of(new long[] {1, 1000}, new long[] {10, 100}, new long[] {100, 10});
        fx(() -> {
            workload.set(w);
            return null;
        });
        assertEquals(2, (int) fx(() -> chart.getData().size()), "measured and fitted");
        assertEquals(3, (int) fx(() -> chart.getData().get(0).getData().size()));
        assertEquals(
                2.0,
                fx(() -> chart.getData().get(0).getData().get(1).getYValue().doubleValue()),
                1e-9);
        assertEquals("Popularity: Zipf α = 1.00", fx(chart::getTitle));
    }
}
