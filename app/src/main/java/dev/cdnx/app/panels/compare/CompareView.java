package dev.cdnx.app.panels.compare;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.app.run.chart.TimeChart;
import dev.cdnx.app.widget.WholeHeaderTable;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Compare panel: Run / Pin baseline, every metric and cost term as value, baseline and difference
 * (coloured by {@link DiffRow.Verdict} through style classes), the two runs overlaid over time, and the
 * sweep ({@link SweepView}).
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel vm;
    private final LineChart<Number, Number> overlay = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final ComboBox<SeriesMetric> metric = new ComboBox<>();

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        setId("compare-panel");
        getStyleClass().add(PanelStyles.PANEL);
        Button run = new Button("Run");
        run.setId("compare-run");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.runNow());
        Button pin = new Button("Pin as baseline");
        pin.setId("compare-pin");
        pin.disableProperty().bind(vm.currentProperty().isNull());
        pin.setOnAction(e -> vm.pinBaseline());
        Button clear = new Button("Clear baseline");
        clear.setId("compare-clear");
        clear.disableProperty().bind(vm.baselineProperty().isNull());
        clear.setOnAction(e -> vm.clearBaseline());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("compare-message");
        message.setWrapText(true);
        // wrapped onto as many lines as it needs: the table below gives way, not the hint
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add(PanelStyles.NOTE);
        message.textProperty().bind(vm.messageProperty());
        // the buttons keep their labels whole and wrap onto a second row in a narrow pane
        FlowPane tools = new FlowPane(6, 4, run, pin, clear, busy);
        tools.setAlignment(Pos.CENTER_LEFT);
        for (Region r : new Region[] {run, pin, clear}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        TableView<DiffRow> rows = table();
        rows.setMinHeight(0);
        VBox left = new VBox(4, tools, new ScenarioWarning(vm), message, rows);
        left.setPadding(new Insets(4));
        VBox.setVgrow(rows, Priority.ALWAYS);
        metric.setId("compare-series");
        metric.getItems().setAll(SeriesMetric.values());
        metric.setValue(SeriesMetric.HIT_RATIO);
        metric.setMinWidth(Region.USE_PREF_SIZE);
        metric.valueProperty().addListener((o, a, b) -> drawOverlay());
        overlay.setId("compare-overlay");
        overlay.setAnimated(false);
        // Our own key: the chart's would not show the dash that tells baseline from current in greyscale.
        overlay.setLegendVisible(false);
        overlay.setCreateSymbols(false);
        // No title: the metric box above names what is drawn, and a short panel needs the height for data.
        overlay.getXAxis().setLabel("simulated s");
        // Charts and tables may shrink below their preferred size: in a short panel they get smaller instead
        // of overflowing it and being cut off.
        overlay.setMinHeight(0);
        // the key wraps under the metric box in a narrow pane
        FlowPane top = new FlowPane(
                12, 4, metric, key("current", CompareStyles.CURRENT), key("baseline", CompareStyles.BASELINE));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox middle = new VBox(4, top, overlay);
        VBox.setVgrow(overlay, Priority.ALWAYS);
        middle.setPadding(new Insets(4));
        vm.currentProperty().addListener((o, a, b) -> drawOverlay());
        vm.baselineProperty().addListener((o, a, b) -> drawOverlay());
        vm.mixingAllowedProperty().addListener((o, a, b) -> drawOverlay());
        vm.mismatchProperty().addListener((o, a, b) -> drawOverlay());
        getStylesheets().add(CompareStyles.STYLESHEET);
        SplitPane split = new SplitPane(left, middle, new SweepView(vm.sweep()));
        split.setDividerPositions(0.36, 0.64);
        setCenter(split);
    }

    private TableView<DiffRow> table() {
        TableView<DiffRow> t = new WholeHeaderTable<>(vm.rows());
        t.setId("compare-table");
        t.setPlaceholder(new Label("No run yet."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("Metric", DiffRow::name, false));
        t.getColumns().get(0).setPrefWidth(175);
        t.getColumns().add(column("Current", DiffRow::value, false));
        t.getColumns().add(column("Baseline", DiffRow::baseline, false));
        t.getColumns().add(column("Difference", DiffRow::difference, true));
        return t;
    }

    private static TableColumn<DiffRow, DiffRow> column(String title, Function<DiffRow, String> text, boolean verdict) {
        TableColumn<DiffRow, DiffRow> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleObjectProperty<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DiffRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll(PanelStyles.BETTER, PanelStyles.WORSE, PanelStyles.SAME);
                setText(empty || r == null ? null : text.apply(r));
                if (!empty && r != null && verdict) {
                    getStyleClass()
                            .add(
                                    switch (r.verdict()) {
                                        case BETTER -> PanelStyles.BETTER;
                                        case WORSE -> PanelStyles.WORSE;
                                        default -> PanelStyles.SAME;
                                    });
                }
            }
        });
        return c;
    }

    private void drawOverlay() {
        overlay.getData().clear();
        SeriesMetric m = metric.getValue();
        overlay.getYAxis().setLabel(m.toString());
        boolean both = vm.showsBaseline() && vm.currentProperty().get() != null;
        // The chart numbers its series; the stylesheet styles series 0 as the baseline only in this state.
        overlay.pseudoClassStateChanged(CompareStyles.WITH_BASELINE, both);
        if (both) {
            add("baseline", vm.baselineProperty().get(), m);
        }
        add("current", vm.currentProperty().get(), m);
        spaceTimeTicks();
    }

    /**
     * About five round ticks on the time axis. The axis's own choice packs a label every 50 s into a
     * narrow column, where they run into each other.
     */
    private void spaceTimeTicks() {
        double end = 0;
        for (XYChart.Series<Number, Number> s : overlay.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                end = Math.max(end, d.getXValue().doubleValue());
            }
        }
        NumberAxis x = (NumberAxis) overlay.getXAxis();
        x.setAutoRanging(end <= 0);
        if (end > 0) {
            double step = TimeChart.niceCeil(end / 5);
            x.setLowerBound(0);
            x.setUpperBound(Math.ceil(end / step) * step);
            x.setTickUnit(step);
            x.setMinorTickCount(0);
        }
    }

    private void add(String name, RunSnapshot snap, SeriesMetric m) {
        if (snap == null) {
            return;
        }
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name + " (seed " + snap.run().seed() + ")");
        for (double[] p : m.points(snap.run().series())) {
            s.getData().add(new XYChart.Data<>(p[0], p[1]));
        }
        overlay.getData().add(s);
    }

    /** One entry of the overlay's key: a short line in the series' colour and dash, and its name. */
    private static Label key(String text, String styleClass) {
        javafx.scene.shape.Line sample = new javafx.scene.shape.Line(0, 0, 24, 0);
        sample.getStyleClass().addAll(CompareStyles.KEY_LINE, styleClass);
        Label l = new Label(text, sample);
        l.setId("compare-key-" + text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
