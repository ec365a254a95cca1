package dev.cdnx.app.panels.compare;

import dev.cdnx.app.panels.Fmt;
import dev.cdnx.app.panels.PanelStyles;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.converter.NumberStringConverter;

/**
 * The sweep: parameter, range and number of runs; Run sweep / Cancel with a progress bar; then hit
 * ratio and byte hit ratio against the value, the table of points, and Export CSV.
 */
final class SweepView extends VBox {

    private final SweepViewModel vm;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());

    SweepView(SweepViewModel vm) {
        super(4);
        this.vm = vm;
        setId("sweep-panel");
        // the compare panel's split must leave the sweep room for its table (a narrow window squeezed it to
        // a sliver whose placeholder read "...")
        setMinWidth(200);
        setPadding(new Insets(4));
        ComboBox<SweepParameter> param = new ComboBox<>();
        param.setId("sweep-parameter");
        param.getItems().setAll(SweepParameter.values());
        param.valueProperty().bindBidirectional(vm.parameterProperty());
        // As wide as a typical name, not the longest one, so the controls fit on two rows of a side column.
        param.setPrefWidth(190);
        TextField from = number("sweep-from", vm.fromProperty());
        TextField to = number("sweep-to", vm.toProperty());
        Spinner<Integer> steps = new Spinner<>(1, 50, vm.stepsProperty().get());
        steps.setId("sweep-steps");
        steps.setPrefWidth(70);
        // Typed counts are read too (Enter or leaving the field commits them; the arrows still step).
        steps.setEditable(true);
        steps.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                steps.commitValue();
            }
        });
        steps.getValueFactory()
                .valueProperty()
                .addListener((o, a, b) -> vm.stepsProperty().set(b));
        vm.stepsProperty().addListener((o, a, b) -> steps.getValueFactory().setValue(b.intValue()));
        Button start = new Button("Run sweep");
        start.setId("sweep-run");
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button export = new Button("Export CSV…");
        export.setId("sweep-export");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        export.setOnAction(e -> export());
        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("sweep-status");
        status.getStyleClass().add(PanelStyles.NOTE);
        status.textProperty().bind(vm.statusProperty());
        FlowPane controls = new FlowPane(
                6,
                4,
                param,
                new Label("from"),
                from,
                new Label("to"),
                to,
                new Label("runs"),
                steps,
                start,
                cancel,
                export,
                bar);
        controls.setAlignment(Pos.CENTER_LEFT);
        chart.setId("sweep-chart");
        chart.setAnimated(false);
        chart.getYAxis().setLabel("ratio");
        // As in the compare view: shrink in a short panel rather than overflow it.
        chart.setMinHeight(0);
        // Beside the plot, not under it: the column is narrow but short.
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        TableView<SweepRunner.Row> rows = table();
        // tall enough for its header and one line ("No sweep yet.", or a run): the chart gives way first
        rows.setMinHeight(64);
        SplitPane results = new SplitPane(chart, rows);
        results.setMinHeight(0);
        results.setDividerPositions(0.72);
        results.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(controls, status, results);
        vm.rows().addListener((javafx.collections.ListChangeListener<SweepRunner.Row>) c -> draw());
    }

    private static TextField number(String id, javafx.beans.property.DoubleProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(p, new NumberStringConverter(java.util.Locale.ROOT, "0.####"));
        return f;
    }

    private TableView<SweepRunner.Row> table() {
        TableView<SweepRunner.Row> t = new dev.cdnx.app.widget.WholeHeaderTable<>(vm.rows());
        t.setId("sweep-table");
        t.setPlaceholder(new Label("No sweep yet."));
        t.getColumns().add(col("Value", SweepRunner.Row::value));
        t.getColumns().add(col("Hit ratio", r -> Fmt.percent(r.run().hitRatio())));
        t.getColumns().add(col("Byte hit", r -> Fmt.percent(r.run().byteHitRatio())));
        t.getColumns().add(col("Origin req", r -> Fmt.number((double) r.run().originRequests(), 0)));
        t.getColumns().add(col("Peak origin/s", r -> Fmt.number((double) r.run().peakOriginRequestsPerSecond(), 0)));
        t.getColumns().add(col("P95 ms", r -> Fmt.number(r.run().latencyMs().p95(), 1)));
        t.getColumns().add(col("Monthly cost", r -> SweepViewModel.money(r.monthlyCost())));
        return t;
    }

    private static TableColumn<SweepRunner.Row, String> col(String title, Function<SweepRunner.Row, String> f) {
        TableColumn<SweepRunner.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }

    private void draw() {
        chart.getData().clear();
        // No axis title: the parameter box above names it, and the values carry their units.
        XYChart.Series<String, Number> hit = new XYChart.Series<>();
        hit.setName("hit ratio");
        XYChart.Series<String, Number> bytes = new XYChart.Series<>();
        bytes.setName("byte hit ratio");
        for (SweepRunner.Row r : vm.rows()) {
            hit.getData().add(new XYChart.Data<>(r.value(), r.run().hitRatio()));
            bytes.getData().add(new XYChart.Data<>(r.value(), r.run().byteHitRatio()));
        }
        chart.getData().add(hit);
        chart.getData().add(bytes);
    }

    private void export() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export sweep as CSV");
        fc.setInitialFileName("sweep-" + vm.parameterProperty().get().name().toLowerCase(Locale.ROOT) + ".csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                vm.exportCsv(
                        f.toPath(),
                        dev.cdnx.app.files.ReplaceGuard.dialogs(() -> getScene().getWindow()));
            } catch (IOException e) {
                vm.statusProperty().set("Could not write " + f + ": " + e.getMessage());
            }
        }
    }
}
