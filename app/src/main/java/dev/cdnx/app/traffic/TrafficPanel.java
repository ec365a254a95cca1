package dev.cdnx.app.traffic;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.traffic.Comparison;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Traffic panel: the previewed file's first rows with the detected format and fields; Import with a
 * progress bar, the rate and Cancel; the summary; and "Run on this drawing", which fills the table of
 * the log's hit ratios beside the simulated ones, per region.
 */
public final class TrafficPanel extends VBox {

    private final TrafficViewModel vm;

    /**
     * @param chooseFile asks the user for a log (null: they changed their mind)
     * @param drawing    the scenario as drawn now
     */
    public TrafficPanel(TrafficViewModel vm, Supplier<Path> chooseFile, Supplier<Scenario> drawing) {
        this.vm = vm;
        setId("traffic-panel");
        getStyleClass().addAll(PanelStyles.PANEL, "traffic-panel");
        getStylesheets().addAll(PanelStyles.stylesheet(), stylesheet());
        setSpacing(6);
        setPadding(new Insets(6));

        Button open = new Button("Open Log…");
        open.setId("traffic-open");
        open.setOnAction(e -> {
            Path p = chooseFile.get();
            if (p != null) {
                vm.open(p);
            }
        });
        Label file = new Label();
        file.setId("traffic-file");
        file.getStyleClass().add(PanelStyles.TITLE);
        file.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.fileProperty().get() == null
                                ? "No log yet"
                                : vm.fileProperty().get().getFileName().toString(),
                        vm.fileProperty()));
        Label format = new Label();
        format.setId("traffic-format");
        format.textProperty().bind(vm.formatProperty());
        Label message = new Label();
        message.setId("traffic-message");
        message.getStyleClass().add(PanelStyles.NOTE);
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox top = new HBox(10, open, file, format);
        top.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(previewPane(), summaryPane(), comparisonPane(drawing));
        split.setDividerPositions(0.36, 0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top, message, split);
    }

    private VBox previewPane() {
        Label title = new Label("First rows");
        title.getStyleClass().add(PanelStyles.TITLE);
        Label fields = new Label();
        fields.setId("traffic-fields");
        fields.getStyleClass().add("traffic-fields");
        fields.textProperty().bind(Bindings.concat("Fields: ", vm.fieldsProperty()));
        // One line, the full list in the tooltip, so the rows below keep their room in a short panel.
        fields.setMinWidth(0);
        javafx.scene.control.Tooltip all = new javafx.scene.control.Tooltip();
        all.textProperty().bind(vm.fieldsProperty());
        all.setWrapText(true);
        all.setMaxWidth(600);
        fields.setTooltip(all);
        ListView<String> rows = new ListView<>(vm.preview());
        rows.setId("traffic-preview");
        rows.getStyleClass().add("traffic-preview");
        rows.setPlaceholder(new Label("Open a log to see its first rows."));
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox box = new VBox(4, title, fields, rows);
        box.setPadding(new Insets(0, 6, 0, 0));
        return box;
    }

    private VBox summaryPane() {
        Button start = new Button("Import");
        start.setId("traffic-import");
        start.disableProperty()
                .bind(vm.phaseProperty()
                        .isNotEqualTo(TrafficViewModel.Phase.PREVIEW)
                        .or(Bindings.isEmpty(vm.preview())));
        start.setOnAction(e -> vm.startImport());
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId("traffic-cancel");
        cancel.disableProperty().bind(vm.phaseProperty().isNotEqualTo(TrafficViewModel.Phase.IMPORTING));
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar();
        bar.setId("traffic-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label rate = new Label();
        rate.setId("traffic-rate");
        rate.textProperty().bind(vm.rateProperty());
        HBox controls = new HBox(6, start, cancel, bar);
        controls.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setId("traffic-summary");
        facts.getStyleClass().add("traffic-summary");
        facts.setHgap(8);
        facts.setVgap(2);
        Runnable fill = () -> fillFacts(facts);
        vm.summary().addListener((javafx.collections.ListChangeListener<TrafficViewModel.Fact>) c -> fill.run());
        fill.run();
        // Outside the grid, so it wraps to the column's width instead of being cut short.
        Label none = new Label("The summary appears after the import.");
        none.setId("traffic-summary-none");
        none.getStyleClass().add(PanelStyles.NOTE);
        none.setWrapText(true);
        none.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        none.visibleProperty().bind(Bindings.isEmpty(vm.summary()));
        none.managedProperty().bind(none.visibleProperty());
        ScrollPane scroll = new ScrollPane(new VBox(8, none, facts, new PopularityChart(vm.workloadProperty())));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(4, controls, rate, scroll);
        box.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    /** One fact a row, label then value, in small type so the summary fits a short panel. */
    private void fillFacts(GridPane grid) {
        grid.getChildren().clear();
        for (int i = 0; i < vm.summary().size(); i++) {
            TrafficViewModel.Fact f = vm.summary().get(i);
            Label name = new Label(f.label());
            name.getStyleClass().add(PanelStyles.NOTE);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label(f.value());
            value.setId("traffic-fact-" + i);
            value.setWrapText(true);
            grid.add(name, 0, i);
            grid.add(value, 1, i);
        }
    }

    private VBox comparisonPane(Supplier<Scenario> drawing) {
        Button run = new Button("Run on This Drawing");
        run.setId("traffic-run");
        run.disableProperty()
                .bind(vm.workloadProperty().isNull().or(vm.phaseProperty().isEqualTo(TrafficViewModel.Phase.RUNNING)));
        run.setOnAction(e -> vm.runOn(drawing.get()));
        // Short enough for two lines in a short panel; the hover says where the simulated figures come from.
        Label note = new Label("The log's hit ratios beside the simulated ones, per region.");
        note.setId("traffic-note");
        note.getStyleClass().add(PanelStyles.NOTE);
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setTooltip(new javafx.scene.control.Tooltip("The log's hit ratios beside the simulated ones, per region;"
                + " a region's simulated figures are those of the drawing's edges there."));
        TableView<Comparison.Row> table = new TableView<>(vm.comparison());
        table.setId("traffic-comparison");
        table.setPlaceholder(new Label("Replay the log on the drawing to compare."));
        // Grouped headers ("Hit ratio" over Log and Sim) keep every column narrow enough for a 1024-wide window.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Region", Comparison.Row::region, 72));
        table.getColumns()
                .add(group(
                        "Hit ratio",
                        column("Log", r -> pct(r.logHitRatio()), 52),
                        column("Sim", r -> pct(r.simHitRatio()), 52)));
        table.getColumns()
                .add(group(
                        "Byte hit",
                        column("Log", r -> pct(r.logByteHitRatio()), 52),
                        column("Sim", r -> pct(r.simByteHitRatio()), 52)));
        table.getColumns().add(column("Requests", r -> String.format(Locale.ROOT, "%,d", r.logRequests()), 96));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(4, run, note, table);
        box.setPadding(new Insets(0, 0, 0, 6));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        return c;
    }

    private static <T> TableColumn<T, String> group(
            String title, TableColumn<T, String> log, TableColumn<T, String> sim) {
        TableColumn<T, String> g = new TableColumn<>(title);
        g.getColumns().add(log);
        g.getColumns().add(sim);
        g.setSortable(false);
        return g;
    }

    private static String pct(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * d);
    }

    private static String stylesheet() {
        var url = TrafficPanel.class.getResource("/dev/cdnx/assets/css/traffic.css");
        return url == null ? "" : url.toExternalForm();
    }
}
