package dev.cdnx.app.panels.cost;

import dev.cdnx.app.panels.Fmt;
import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.app.widget.WholeHeaderTable;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.scenario.DeliveryModel;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The Cost panel: a toolbar (price sheet picker, "Edit prices…", typed/measured switch with progress),
 * then pull, push and hybrid as stacked bars by term, the terms table (hover a cell: the formula and
 * inputs), and the crossover curves ({@link CrossoverCharts}).
 */
public final class CostView extends BorderPane {

    private final CostViewModel vm;
    private final StackedBarChart<String, Number> bars = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<CostViewModel.TermRow> table = new WholeHeaderTable<>();

    public CostView(CostViewModel vm) {
        this.vm = vm;
        setId("cost-panel");
        getStyleClass().add(PanelStyles.PANEL);
        setTop(toolbar());
        bars.setId("cost-bars");
        bars.setTitle("Monthly cost by term");
        WholeHeaderTable.wrapTitle(bars);
        bars.setAnimated(false);
        bars.setLegendSide(javafx.geometry.Side.RIGHT);
        ((NumberAxis) bars.getYAxis()).setLabel("per month");
        table.setId("cost-terms");
        // each column as wide as its widest amount; the table scrolls sideways in a narrow panel
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        buildColumns();
        CrossoverCharts curves = new CrossoverCharts(vm);
        ProviderBars providers = new ProviderBars(vm);
        ProviderTable providerTable = new ProviderTable(vm);
        boolean comparing = vm.compareProvidersProperty().get();
        SplitPane split = new SplitPane(comparing ? providers : bars, comparing ? providerTable : table, curves);
        split.setDividerPositions(comparing ? 0.3 : 0.27, 0.66);
        // charts ask for more height than a low bottom panel has; let them shrink to it rather than be cut off
        for (Region r : new Region[] {bars, providers, table, providerTable}) {
            r.setMinHeight(0);
        }
        // one pane, two charts: by model (term by term) or by provider (the same month on each sheet)
        vm.compareProvidersProperty().addListener((o, was, on) -> {
            split.getItems().set(0, on ? providers : bars);
            split.getItems().set(1, on ? providerTable : table);
            split.setDividerPositions(on ? 0.3 : 0.27, 0.66);
        });
        setCenter(split);
        vm.figuresProperty().addListener((o, a, b) -> fill());
        fill();
    }

    private HBox toolbar() {
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("cost-sheet");
        sheet.setTooltip(new Tooltip("The price sheet the scenario uses (saved as pricing.sheet)"));
        sheet.setValue(vm.sheetNameProperty().get());
        vm.sheetNameProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(sheet.getValue())) {
                sheet.setValue(b);
            }
        });
        // A new list of sheets (one saved, one found beside the file) clears a combo box's value: show the
        // scenario's sheet again rather than a blank picker.
        vm.sheets().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String name = vm.sheetNameProperty().get();
            if (name != null && !name.equals(sheet.getValue())) {
                sheet.setValue(name);
            }
        });
        sheet.setOnAction(e -> {
            if (sheet.getValue() != null
                    && !sheet.getValue().equals(vm.sheetNameProperty().get())) {
                vm.useSheet(sheet.getValue());
            }
        });
        sheet.setCellFactory(list -> new SheetCell());
        // the list shows each sheet's label and source; the closed picker only its name, at a steady width
        sheet.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
            }
        });
        sheet.setPrefWidth(180);
        Button edit = new Button("Edit prices…");
        edit.setId("cost-edit-sheet");
        edit.setOnAction(e -> new SheetEditorView(vm).showAndWait());
        ToggleButton measured = new ToggleButton("Measured volumes");
        measured.setId("cost-measured");
        measured.setTooltip(new Tooltip("Off: the scenario's typed monthly volumes. On: run the engine once per "
                + "model (same seed) and scale the run to 30 days."));
        measured.selectedProperty().bindBidirectional(vm.measuredProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("cost-progress");
        progress.setPrefSize(22, 22);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        ToggleButton compare = new ToggleButton("Compare providers");
        compare.setId("cost-compare-providers");
        compare.setTooltip(new Tooltip("Price this model's month on every sheet: CloudFront, Fastly, Cloudflare and "
                + "the illustrative ones, one bar each"));
        compare.selectedProperty().bindBidirectional(vm.compareProvidersProperty());
        Label sheetLabel = new Label();
        sheetLabel.getStyleClass().add(PanelStyles.NOTE);
        sheetLabel.setId("cost-sheet-label");
        sheetLabel
                .textProperty()
                .bind(vm.sheetProperty()
                        .map(s -> s.label() + " — prices from: " + s.provider().provenance())
                        .orElse(""));
        sheetLabel.setMinWidth(0);
        sheetLabel
                .tooltipProperty()
                .bind(vm.sheetProperty()
                        .map(s -> new Tooltip(
                                s.label() + " — prices from: " + s.provider().provenance())));
        Label message = new Label();
        message.setId("cost-message");
        message.getStyleClass().add(PanelStyles.NOTE);
        message.textProperty().bind(vm.messageProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(
                8, new Label("Price sheet"), sheet, edit, measured, compare, progress, message, grow, sheetLabel);
        // the controls keep their width; the sheet's label and source give way (its tooltip has them in full)
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n != sheetLabel && n != message && n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        message.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /** A sheet in the picker's list: its name, with its label, source and date read beneath. */
    private final class SheetCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty || name == null ? null : name + "\n" + vm.describeSheet(name));
        }
    }

    private void buildColumns() {
        TableColumn<CostViewModel.TermRow, String> term = new TableColumn<>("Term");
        term.setCellValueFactory(
                c -> new javafx.beans.property.SimpleStringProperty(c.getValue().label()));
        term.setPrefWidth(150);
        table.getColumns().add(term);
        for (DeliveryModel m : DeliveryModel.values()) {
            TableColumn<CostViewModel.TermRow, CostViewModel.TermRow> col = new TableColumn<>(m.label());
            col.setId("cost-col-" + m.id());
            col.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
            col.setCellFactory(c -> new AmountCell(m));
            table.getColumns().add(col);
        }
    }

    /** A term's amount for one model; hovering explains it. */
    private final class AmountCell extends TableCell<CostViewModel.TermRow, CostViewModel.TermRow> {
        private final DeliveryModel model;

        AmountCell(DeliveryModel model) {
            this.model = model;
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(CostViewModel.TermRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(PanelStyles.CURRENT_MODEL);
            if (empty || row == null || vm.figuresProperty().get() == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            CostBreakdown bill = vm.figuresProperty().get().bills().get(model);
            if (model == vm.currentModel()) {
                getStyleClass().add(PanelStyles.CURRENT_MODEL);
            }
            if (row.id().equals("total")) {
                setText(Fmt.money(bill.total(), bill.currency()));
                setTooltip(new Tooltip(model.label() + " total: the sum of the rounded terms"));
                return;
            }
            CostTerm t = row.byModel().get(model);
            setText(Fmt.money(t.amount(), bill.currency()));
            Tooltip tip = new Tooltip(CostViewModel.explain(t));
            tip.setShowDelay(Duration.millis(250));
            tip.setWrapText(true);
            tip.setMaxWidth(560);
            setTooltip(tip);
        }
    }

    private void fill() {
        bars.getData().clear();
        table.getItems().clear();
        CostFigures f = vm.figuresProperty().get();
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getId() != null && c.getId().startsWith("cost-col-")) {
                DeliveryModel m = DeliveryModel.fromId(c.getId().substring("cost-col-".length()));
                c.setText(m.label() + (m == vm.currentModel() ? " (current)" : ""));
            }
        }
        if (f == null) {
            return;
        }
        Map<String, XYChart.Series<String, Number>> series = new LinkedHashMap<>();
        for (CostViewModel.Bar b : vm.bars()) {
            XYChart.Series<String, Number> s = series.computeIfAbsent(b.termId(), id -> {
                XYChart.Series<String, Number> n = new XYChart.Series<>();
                n.setName(b.label());
                return n;
            });
            XYChart.Data<String, Number> d =
                    new XYChart.Data<>(category(b.model()), b.amount().doubleValue());
            String tip = b.model().label() + ": " + b.label() + " " + Fmt.money(b.amount(), currency(f));
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            s.getData().add(d);
        }
        bars.getData().addAll(series.values());
        table.getItems().addAll(vm.rows());
        table.getItems().add(new CostViewModel.TermRow("total", "Total per month", Map.of()));
    }

    private String category(DeliveryModel m) {
        return m.label() + (m == vm.currentModel() ? " ◆ current" : "");
    }

    private static String currency(CostFigures f) {
        return f.bills().values().iterator().next().currency();
    }
}
