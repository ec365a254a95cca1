package dev.cdnx.app.panels.cost;

import dev.cdnx.app.panels.Fmt;
import dev.cdnx.model.cost.ProviderComparison;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * "Compare providers": the current model's month on each price sheet, one bar each, in the order of
 * {@link CostViewModel#providers()}. A sheet whose source lacks some figure is marked with an asterisk and
 * its tooltip names what it leaves unpriced, with the sheet's source and date.
 */
final class ProviderBars extends BarChart<Number, String> {

    private final CostViewModel vm;

    ProviderBars(CostViewModel vm) {
        super(new NumberAxis(), new CategoryAxis());
        this.vm = vm;
        setId("cost-providers");
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(3);
        vm.figuresProperty().addListener((o, a, b) -> fill());
        fill();
    }

    void fill() {
        getData().clear();
        // no title or axis label: a low panel needs every pixel for the bars; the table beside names them
        setTitle(null);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        java.util.List<ProviderComparison.Row> rows = new java.util.ArrayList<>(vm.providers());
        // a horizontal chart draws its first category at the bottom: reverse so the list reads top down
        java.util.Collections.reverse(rows);
        for (ProviderComparison.Row r : rows) {
            XYChart.Data<Number, String> d =
                    new XYChart.Data<>(r.total().doubleValue(), r.sheet() + (r.complete() ? "" : " *"));
            String tip = r.label() + "\n" + Fmt.money(r.total(), r.currency()) + " a month\nPrices from: "
                    + r.provenance()
                    + (r.complete() ? "" : "\nNot priced (no figure in the source): " + String.join("; ", r.gaps()));
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip t = new Tooltip(tip);
                    t.setWrapText(true);
                    t.setMaxWidth(560);
                    Tooltip.install(node, t);
                }
            });
            series.getData().add(d);
        }
        getData().add(series);
    }
}
