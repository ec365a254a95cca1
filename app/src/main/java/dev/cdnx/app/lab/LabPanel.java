package dev.cdnx.app.lab;

import dev.cdnx.lab.LabExchange;
import dev.cdnx.lab.LabNode;
import dev.cdnx.model.scenario.Scenario;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Live Lab panel: start and stop, the delay scale, one row per server with its port and a curl line
 * to copy, and the hops the servers answered, newest at the bottom; selecting a hop shows the real
 * request and response header lines it carried.
 */
public final class LabPanel extends VBox {

    private final LabViewModel vm;

    public LabPanel(LabViewModel vm, Supplier<Scenario> scenario) {
        this.vm = vm;
        setId("lab-panel");
        setSpacing(6);
        setPadding(new Insets(6));

        Button toggle = new Button();
        toggle.setId("lab-toggle");
        toggle.textProperty()
                .bind(Bindings.when(vm.runningProperty()).then("Stop Live Lab").otherwise("Start Live Lab"));
        toggle.disableProperty().bind(vm.busyProperty());
        toggle.setOnAction(e -> {
            if (vm.runningProperty().get()) {
                vm.stop();
            } else {
                vm.start(scenario.get(), 0);
            }
        });
        Spinner<Double> delays =
                new Spinner<>(0.0, 10.0, vm.delayFactorProperty().get(), 0.1);
        delays.setId("lab-delay-factor");
        delays.setEditable(true);
        delays.setPrefWidth(90);
        delays.valueProperty().addListener((o, a, b) -> vm.delayFactorProperty().set(b == null ? 0 : b));
        delays.setTooltip(new Tooltip("How long the drawn link round trips and origin service times really wait:"
                + " 1 waits as drawn, 0 answers at once."));
        Label delaysLabel = new Label("Delays ×");
        Label status = new Label();
        status.setId("lab-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox controls = new HBox(8, toggle, delaysLabel, delays, status);
        controls.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(serverTable(), hopList(), headerView());
        split.setDividerPositions(0.4, 0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(controls, split);
    }

    private TableView<LabNode> serverTable() {
        TableView<LabNode> table = new TableView<>(vm.nodes());
        table.setId("lab-servers");
        table.setPlaceholder(new Label("Start the lab: every edge, shield and origin gets a port on 127.0.0.1."));
        TableColumn<LabNode, String> name = new TableColumn<>("Node");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<LabNode, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().kind().label()));
        TableColumn<LabNode, Number> port = new TableColumn<>("Port");
        port.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().port()));
        TableColumn<LabNode, LabNode> curl = new TableColumn<>("Try it");
        curl.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        curl.setCellFactory(col -> new TableCell<>() {
            private final Button copy = new Button(null, new FontIcon("mdi2c-content-copy"));
            private final Label line = new Label();
            private final HBox box = new HBox(6, copy, line);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                copy.getStyleClass().add("small");
                copy.setTooltip(new Tooltip("Copy this curl line"));
                copy.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(LabNode n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setGraphic(null);
                    return;
                }
                line.setText(n.curlLine());
                copy.setId("lab-copy-" + n.name());
                copy.setOnAction(e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(n.curlLine());
                    Clipboard.getSystemClipboard().setContent(content);
                });
                setGraphic(box);
            }
        });
        name.setPrefWidth(130);
        kind.setPrefWidth(60);
        port.setPrefWidth(60);
        curl.setPrefWidth(420);
        table.getColumns().add(name);
        table.getColumns().add(kind);
        table.getColumns().add(port);
        table.getColumns().add(curl);
        return table;
    }

    private ListView<LabExchange> hops;

    private VBox hopList() {
        hops = new ListView<>(vm.exchanges());
        hops.setId("lab-hops");
        hops.setPlaceholder(new Label("Requests appear here, one line per hop, origin side first."));
        hops.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LabExchange e, boolean empty) {
                super.updateItem(e, empty);
                setText(
                        empty || e == null
                                ? null
                                : "#" + e.trip() + "  " + e.node() + "  " + e.status() + "  " + e.outcomeParams()
                                        + "  (" + e.method() + " " + e.target() + ")");
            }
        });
        vm.exchanges().addListener((ListChangeListener<LabExchange>) c -> {
            if (!vm.exchanges().isEmpty() && hops.getSelectionModel().isEmpty()) {
                hops.scrollTo(vm.exchanges().size() - 1);
            }
        });
        Button clear = new Button("Clear");
        clear.setId("lab-clear");
        clear.setOnAction(e -> vm.clearExchanges());
        Label title = new Label("Hops");
        HBox head = new HBox(8, title, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(hops, Priority.ALWAYS);
        return new VBox(4, head, hops);
    }

    private TextArea headerView() {
        TextArea text = new TextArea();
        text.setId("lab-headers");
        text.setEditable(false);
        text.setPromptText("Select a hop to see its request and response header lines.");
        text.setStyle("-fx-font-family: monospace;");
        hops.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            text.setText(e == null ? "" : e.headersText());
            vm.focusedProperty().set(e);
        });
        vm.focusedProperty().addListener((o, a, e) -> {
            if (e != null && !Objects.equals(hops.getSelectionModel().getSelectedItem(), e)) {
                hops.getSelectionModel().select(e);
                hops.scrollTo(e);
            }
        });
        return text;
    }
}
