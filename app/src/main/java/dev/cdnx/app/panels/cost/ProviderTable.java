package dev.cdnx.app.panels.cost;

import dev.cdnx.app.panels.Fmt;
import dev.cdnx.model.cost.ProviderComparison;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * "Compare providers" as figures: each sheet's monthly total for the current model, where its prices came
 * from and when, and what it leaves unpriced for this traffic. The rows are {@link CostViewModel#providers()}.
 */
final class ProviderTable extends TableView<ProviderComparison.Row> {

    private final CostViewModel vm;

    ProviderTable(CostViewModel vm) {
        this.vm = vm;
        setId("cost-provider-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ProviderComparison.Row, String> sheet =
                column("Sheet", r -> r.sheet() + (r.complete() ? "" : " *"));
        sheet.setPrefWidth(150);
        TableColumn<ProviderComparison.Row, String> total =
                column("Monthly total", r -> Fmt.money(r.total(), r.currency()));
        total.setPrefWidth(120);
        total.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        TableColumn<ProviderComparison.Row, String> source = column("Prices from", ProviderComparison.Row::provenance);
        source.setPrefWidth(220);
        TableColumn<ProviderComparison.Row, String> gaps =
                column("* Not priced (no figure in the source)", r -> r.complete() ? "" : String.join("; ", r.gaps()));
        getColumns().addAll(java.util.List.of(sheet, total, source, gaps));
        setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ProviderComparison.Row r, boolean empty) {
                super.updateItem(r, empty);
                setTooltip(empty || r == null ? null : tip(r));
            }
        });
        vm.figuresProperty().addListener((o, a, b) -> fill());
        fill();
    }

    private static Tooltip tip(ProviderComparison.Row r) {
        Tooltip t = new Tooltip(r.label() + "\nPrices from: " + r.provenance()
                + (r.complete() ? "" : "\nNot priced: " + String.join("; ", r.gaps())));
        t.setWrapText(true);
        t.setMaxWidth(560);
        return t;
    }

    private static TableColumn<ProviderComparison.Row, String> column(
            String title, java.util.function.Function<ProviderComparison.Row, String> value) {
        TableColumn<ProviderComparison.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    void fill() {
        getItems().setAll(vm.providers());
    }
}
