package dev.cdnx.app.traffic;

import dev.cdnx.model.traffic.PopularityPlot;
import dev.cdnx.model.traffic.Workload;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The imported log's popularity on log-log axes: the measured rank/frequency points and the line of the
 * fitted Zipf α (both computed by {@link PopularityPlot}). Axes are in powers of ten, labelled as such.
 */
final class PopularityChart extends LineChart<Number, Number> {

    PopularityChart(ObservableValue<Workload> workload) {
        super(new NumberAxis(), new NumberAxis());
        setId("traffic-popularity");
        getXAxis().setLabel("rank (log10)");
        getYAxis().setLabel("requests (log10)");
        // The title wraps rather than being cut short when the summary column is narrow (a 1024-wide window).
        if (lookup(".chart-title") instanceof javafx.scene.control.Label title) {
            title.setWrapText(true);
        }
        setAnimated(false);
        setCreateSymbols(true);
        setPrefHeight(280);
        setMinHeight(240);
        setAccessibleText("Popularity of the log's objects by rank, on log-log axes, with the fitted Zipf line");
        show(workload.getValue());
        workload.addListener((o, was, now) -> show(now));
    }

    private void show(Workload w) {
        getData().clear();
        if (w == null) {
            setTitle("Popularity (after the import)");
            return;
        }
        PopularityPlot plot = PopularityPlot.of(w);
        setTitle(String.format(Locale.ROOT, "Popularity: Zipf α = %.2f", plot.alpha()));
        getData().add(series("measured", plot.measured()));
        getData().add(series("fitted α", plot.fitted()));
    }

    private static XYChart.Series<Number, Number> series(String name, List<PopularityPlot.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (PopularityPlot.Point p : points) {
            s.getData().add(new XYChart.Data<>(p.log10Rank(), p.log10Requests()));
        }
        return s;
    }
}
