package dev.cdnx.app.panels.decision;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTree;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Decision panel: the verdict of the trees, the bill and the runs on top; below, one inner tab per
 * tree (pull or push; where to place content), each the drawn tree beside the path in words and the
 * recommendation, and an Interview tab where the student answers the questions before seeing them.
 */
public final class DecisionView extends BorderPane {

    private final DecisionViewModel vm;
    private final TabPane trees = new TabPane();

    public DecisionView(DecisionViewModel vm) {
        this.vm = vm;
        setId("decision-panel");
        getStyleClass().add(PanelStyles.PANEL);
        trees.setId("decision-trees");
        trees.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (DecisionTree t : vm.trees()) {
            Tab tab = new Tab(t.title(), treePane(t));
            tab.setId("decision-tab-" + t.id());
            trees.getTabs().add(tab);
        }
        Label problem = new Label();
        problem.getStyleClass().add(PanelStyles.ERROR);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Tab interview = new Tab("Interview", new InterviewView(new InterviewViewModel(vm)));
        interview.setId("decision-tab-interview");
        trees.getTabs().add(interview);
        // The verdict and the trees share the height through a divider the person can move; the verdict
        // scrolls inside its part, so long reasons never squeeze the trees away.
        ScrollPane verdict = new ScrollPane(new VerdictBlock(vm));
        verdict.setId("decision-verdict-scroll");
        verdict.setFitToWidth(true);
        SplitPane split = new SplitPane(verdict, trees);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setTop(problem);
        setCenter(split);
    }

    /** Shows one tree's inner tab by tree id. */
    public void showTree(String treeId) {
        trees.getTabs().stream()
                .filter(t -> t.getId().equals("decision-tab-" + treeId))
                .findFirst()
                .ifPresent(t -> trees.getSelectionModel().select(t));
    }

    private SplitPane treePane(DecisionTree t) {
        ScrollPane scroll = new ScrollPane(new TreeDiagram(vm, t));
        scroll.setPannable(true);
        VBox summary = new VBox(6);
        summary.setId("decision-summary-" + t.id());
        summary.setPadding(new Insets(8));
        fillSummary(summary, t);
        vm.resultsProperty().addListener((o, a, b) -> fillSummary(summary, t));
        ScrollPane side = new ScrollPane(summary);
        side.setFitToWidth(true);
        SplitPane split = new SplitPane(scroll, side);
        split.setDividerPositions(0.8);
        return split;
    }

    private void fillSummary(VBox box, DecisionTree t) {
        box.getChildren().clear();
        DecisionResult r = vm.result(t.id());
        if (r == null) {
            return;
        }
        Label rec =
                new Label(r.recommendation().title() + ": " + r.recommendation().rationale());
        rec.setId("recommendation-" + t.id());
        rec.setWrapText(true);
        rec.getStyleClass().addAll(PanelStyles.RECOMMENDATION, PanelStyles.TITLE);
        box.getChildren().add(rec);
        for (DecisionResult.Step s : r.path()) {
            Label l = new Label(s.question() + " " + s.answer() + ", because " + s.because() + ".");
            l.setWrapText(true);
            l.getStyleClass().add(PanelStyles.REASON);
            if (s.overridden()) {
                l.getStyleClass().add(PanelStyles.OVERRIDDEN);
            }
            box.getChildren().add(l);
        }
        for (String n : r.advice()) {
            Label l = new Label(n);
            l.setWrapText(true);
            l.setId("advice-" + t.id());
            l.getStyleClass().add(PanelStyles.RECOMMENDATION);
            box.getChildren().add(l);
        }
        for (String n : r.notes()) {
            Label l = new Label(n);
            l.setWrapText(true);
            l.getStyleClass().add(PanelStyles.NOTE);
            box.getChildren().add(l);
        }
    }
}
