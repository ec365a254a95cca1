package dev.cdnx.app.panels.decision;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.decision.ModelRun;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The verdict above the trees: three witnesses side by side (what the trees recommend, which model the
 * bill finds cheapest, what one run per model showed), the reason sentence, and a button that switches
 * the scenario to the trees' model. Every figure comes from the model's {@link Verdict}.
 */
final class VerdictBlock extends VBox {

    static final String STYLE = "cdn-verdict";
    static final String WITNESS = "cdn-verdict-witness";

    private final Label status = new Label();
    private final HBox witnesses = new HBox(12);
    private final Label reason = new Label();

    VerdictBlock(DecisionViewModel vm) {
        super(6);

        setId("decision-verdict");
        getStyleClass().add(STYLE);
        setPadding(new Insets(8));
        status.setId("verdict-status");
        status.getStyleClass().add(PanelStyles.NOTE);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.verdictStatusProperty());
        status.visibleProperty().bind(vm.verdictStatusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        reason.setId("verdict-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.getStyleClass().add(PanelStyles.REASON);
        Button run = new Button("Use the trees' model");
        run.setId("verdict-run-recommended");
        run.disableProperty().bind(vm.canRunRecommendedProperty().not());
        // the reason wraps around the button, never the other way round: a shortened "Use …" names no model
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> vm.runRecommended());
        HBox bottom = new HBox(8, reason, run);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMaxWidth(Double.MAX_VALUE);
        // The reason comes first: when the panel is short it is the one line a student must not miss.
        getChildren().addAll(status, bottom, witnesses);
        vm.verdictProperty().addListener((o, a, v) -> fill(v, run));
        fill(vm.verdictProperty().get(), run);
    }

    private void fill(Verdict v, Button run) {
        witnesses.getChildren().clear();
        reason.setText("");
        if (v == null) {
            return;
        }
        witnesses.getChildren().addAll(treeWitness(v), billWitness(v), runsWitness(v));
        reason.setText((v.agree() ? "They agree. " : "Why they differ: ") + v.reason());
        run.setText("Use " + v.tree().model().label() + " (the trees' model)");
    }

    private VBox treeWitness(Verdict v) {
        Label head = title("The trees");
        Label rec = new Label(v.tree().title());
        rec.setId("verdict-tree");
        rec.getStyleClass().add(PanelStyles.RECOMMENDATION);
        rec.setWrapText(true);
        Label how = wrapped(v.tree().agreement());
        how.setId("verdict-tree-agreement");
        return witness("verdict-witness-tree", head, rec, how);
    }

    private VBox billWitness(Verdict v) {
        Label head = title("The bill (cheapest)");
        Label typed = wrapped(
                v.cheapestTyped() == null
                        ? "Typed: no typed volumes in this scenario"
                        : "Typed: " + v.cheapestTyped().label() + " · " + totals(v.typedTotals(), v.currency()));
        typed.setId("verdict-cheapest-typed");
        Label measured =
                wrapped("Measured: " + v.cheapestMeasured().label() + " · " + totals(v.measuredTotals(), v.currency()));
        measured.setId("verdict-cheapest-measured");
        return witness("verdict-witness-bill", head, typed, measured);
    }

    private VBox runsWitness(Verdict v) {
        Label head = title("The runs (favour " + v.runsFavour().label() + ")");
        GridPane grid = new GridPane();
        grid.setId("verdict-runs");
        grid.setHgap(10);
        grid.setVgap(2);
        String[] cols = {"model", "errors", "p95", "origin peak", "coverage"};
        for (int c = 0; c < cols.length; c++) {
            Label l = new Label(cols[c]);
            l.getStyleClass().add(PanelStyles.NOTE);
            grid.add(l, c, 0);
        }
        int row = 1;
        for (ModelRun r : v.runs()) {
            Label model = new Label(r.model().label());
            if (r.model() == v.runsFavour()) {
                model.getStyleClass().add(PanelStyles.BETTER);
            }
            grid.add(model, 0, row);
            grid.add(new Label(String.format(Locale.ROOT, "%,d", r.errors())), 1, row);
            grid.add(
                    new Label(Double.isNaN(r.p95Ms()) ? "–" : String.format(Locale.ROOT, "%.1f ms", r.p95Ms())),
                    2,
                    row);
            grid.add(new Label(String.format(Locale.ROOT, "%,d/s", r.originPeakPerSecond())), 3, row);
            grid.add(
                    new Label(
                            r.model() == DeliveryModel.PULL
                                    ? "–"
                                    : String.format(Locale.ROOT, "%.0f %%", 100 * r.coverage())),
                    4,
                    row);
            grid.getChildren()
                    .get(grid.getChildren().size() - 5)
                    .setId("verdict-run-" + r.model().id());
            row++;
        }
        // A figure or column title cut to "6,…" or "origin p…" says nothing: the grid keeps its cells whole
        // and the witnesses beside it, whose sentences wrap, give up the width instead.
        grid.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        return witness("verdict-witness-runs", head, grid);
    }

    private static VBox witness(String id, javafx.scene.Node... nodes) {
        VBox box = new VBox(4, nodes);
        box.setId(id);
        box.getStyleClass().add(WITNESS);
        box.setPadding(new Insets(6));
        box.setPrefWidth(340);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(PanelStyles.TITLE);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static String totals(Map<DeliveryModel, BigDecimal> totals, String currency) {
        StringBuilder sb = new StringBuilder();
        totals.forEach((m, t) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(m.label())
                .append(' ')
                .append(Money.format(t, currency)));
        return sb.toString();
    }
}
