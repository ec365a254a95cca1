package dev.cdnx.app.panels.cost;

import dev.cdnx.app.panels.Fmt;
import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.cost.Crossover;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The two crossover curves on typed volumes: the hybrid bill against the size of the pushed head (top K
 * objects; the cheapest K is its own series, so it stands out) and the pull bill's origin egress and total
 * against byte hit ratio. Both come from the model's {@link Crossover}.
 */
final class CrossoverCharts extends VBox {

    private final CostViewModel vm;
    private final LineChart<String, Number> byHead = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<Number, Number> byRatio =
            new LineChart<>(new NumberAxis(0.70, 1.0, 0.05), new NumberAxis());
    private final Label minimum = new Label();

    CrossoverCharts(CostViewModel vm) {
        super(4);
        this.vm = vm;
        setId("cost-crossover");
        byHead.setId("cost-by-head");
        byHead.setTitle("Hybrid cost against head size (top K objects)");
        dev.cdnx.app.widget.WholeHeaderTable.wrapTitle(byHead);
        byHead.getXAxis().setLabel("K");
        SparseAxisLabels.install((CategoryAxis) byHead.getXAxis());
        byRatio.setId("cost-by-hit-ratio");
        byRatio.setTitle("Pull: origin egress against byte hit ratio");
        dev.cdnx.app.widget.WholeHeaderTable.wrapTitle(byRatio);
        byRatio.getXAxis().setLabel("byte hit ratio");
        for (var c : List.of(byHead, byRatio)) {
            c.setAnimated(false);
            c.setCreateSymbols(true);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        minimum.setId("cost-head-minimum");
        minimum.getStyleClass().add(PanelStyles.MINIMUM);
        minimum.setWrapText(true);
        minimum.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(byHead, minimum, byRatio);
        vm.figuresProperty().addListener((o, a, b) -> fill());
        fill();
    }

    private void fill() {
        byHead.getData().clear();
        byRatio.getData().clear();
        minimum.setText("");
        CostFigures f = vm.figuresProperty().get();
        if (f == null || f.byHead().isEmpty()) {
            minimum.setText(f == null ? "" : "The crossover curves need the scenario's typed volumes block.");
            return;
        }
        String currency = f.bills().values().iterator().next().currency();
        XYChart.Series<String, Number> head = new XYChart.Series<>();
        head.setName("hybrid total");
        XYChart.Series<String, Number> best = new XYChart.Series<>();
        best.setName("cheapest head");
        for (Crossover.Point p : f.byHead()) {
            // Compact on the axis (eleven labels share a narrow column; a narrow axis names every other), in full
            // in the sentence below.
            String k = Fmt.compactCount(p.x());
            head.getData().add(new XYChart.Data<>(k, p.total().doubleValue()));
            if (p.minimum()) {
                best.getData().add(new XYChart.Data<>(k, p.total().doubleValue()));
                minimum.setText("Cheapest head: top " + Fmt.number(p.x(), 0) + " objects, "
                        + Fmt.money(p.total(), currency) + " a month (byte hit ratio " + f.headHitRatio() + ")");
            }
        }
        byHead.getData().addAll(List.of(head, best));
        XYChart.Series<Number, Number> origin = new XYChart.Series<>();
        origin.setName("origin egress");
        XYChart.Series<Number, Number> total = new XYChart.Series<>();
        total.setName("pull total");
        for (Crossover.Point p : f.byHitRatio()) {
            origin.getData().add(new XYChart.Data<>(p.x(), p.originEgress().doubleValue()));
            total.getData().add(new XYChart.Data<>(p.x(), p.total().doubleValue()));
        }
        byRatio.getData().addAll(List.of(origin, total));
    }
}
