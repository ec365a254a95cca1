package dev.cdnx.app.panels.decision;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.app.panels.decision.TreeLayout.Box;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * One decision tree drawn top-down: a box per question with the answer taken and its reason, an
 * "Override" menu and a "Revert" button; a box per recommendation; lines labelled with the answers.
 * The path of the current scenario carries the {@link PanelStyles#ON_PATH} style class. Redrawn as a
 * whole whenever the view-model's results change (the trees are small).
 */
final class TreeDiagram extends Pane {

    static final double SLOT_W = 200;
    static final double BOX_W = 190;
    static final double BOX_H = 140;
    static final double ROW_H = 184;
    static final double MARGIN = 12;

    private final DecisionViewModel vm;
    private final DecisionTree tree;
    private final TreeLayout layout;

    TreeDiagram(DecisionViewModel vm, DecisionTree tree) {
        this.vm = vm;
        this.tree = tree;
        this.layout = new TreeLayout(tree);
        setId("decision-tree-" + tree.id());
        setMinSize(layout.slots() * SLOT_W + 2 * MARGIN, layout.rows() * ROW_H + MARGIN);
        setPrefSize(getMinWidth(), getMinHeight());
        redraw();
        vm.resultsProperty().addListener((o, a, b) -> redraw());
    }

    void redraw() {
        getChildren().clear();
        DecisionResult r = vm.result(tree.id());
        for (Box b : layout.boxes()) {
            if (b.parent() != null) {
                drawEdge(b);
            }
        }
        for (Box b : layout.boxes()) {
            Region box = b.isLeaf() ? leafBox(b, r) : questionBox(b.question());
            box.setLayoutX(left(b));
            box.setLayoutY(top(b));
            getChildren().add(box);
        }
    }

    private static double left(Box b) {
        return MARGIN + b.x() * SLOT_W + (SLOT_W - BOX_W) / 2;
    }

    private static double top(Box b) {
        return MARGIN + b.row() * ROW_H;
    }

    private void drawEdge(Box child) {
        Box parent = layout.box(child.parent().id());
        boolean taken = vm.taken(tree.id(), child.parent().id(), child.via().id());
        double x1 = left(parent) + BOX_W / 2;
        double y1 = top(parent) + BOX_H;
        double x2 = left(child) + BOX_W / 2;
        double y2 = top(child);
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add(PanelStyles.TREE_EDGE);
        Label label = new Label(child.via().label());
        label.getStyleClass().add(PanelStyles.TREE_EDGE_LABEL);
        label.setWrapText(true);
        label.setMaxWidth(SLOT_W * 0.7);
        // a long answer may not fit beside its line: the pointer brings back the whole of it
        label.setTooltip(new Tooltip(label.getText()));
        double t = 0.55;
        label.setLayoutX(x1 + (x2 - x1) * t - (x2 < x1 ? SLOT_W * 0.7 : -6));
        label.setLayoutY(y1 + (y2 - y1) * t - 16);
        if (taken) {
            line.getStyleClass().add(PanelStyles.ON_PATH);
            label.getStyleClass().add(PanelStyles.ON_PATH);
        }
        getChildren().addAll(line, label);
    }

    private Region questionBox(Question q) {
        VBox box = fixedBox(PanelStyles.TREE_QUESTION);
        box.setId("question-" + q.id());
        Label text = new Label(q.text());
        text.getStyleClass().add(PanelStyles.TITLE);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(text);
        DecisionResult.Step step = vm.step(tree.id(), q.id());
        String tip = q.text() + "\n" + q.rationale();
        if (step != null) {
            box.getStyleClass().add(PanelStyles.ON_PATH);
            Label answer = new Label(step.answer() + ": " + step.because());
            answer.setId("answer-" + q.id());
            answer.setWrapText(true);
            answer.getStyleClass().add(PanelStyles.REASON);
            VBox.setVgrow(answer, Priority.ALWAYS);
            box.getChildren().add(answer);
            tip += "\n\n" + answer.getText();
            if (step.overridden()) {
                box.getStyleClass().add(PanelStyles.OVERRIDDEN);
            }
        } else {
            Label off = new Label(q.rationale());
            off.setWrapText(true);
            off.getStyleClass().add(PanelStyles.NOTE);
            VBox.setVgrow(off, Priority.ALWAYS);
            box.getChildren().add(off);
        }
        // the box has a fixed size and may shorten its texts; its tooltip, on the box and on each text,
        // holds them whole
        Tooltip whole = new Tooltip(tip);
        Tooltip.install(box, whole);
        for (javafx.scene.Node n : box.getChildren()) {
            if (n instanceof Label l) {
                l.setTooltip(whole);
            }
        }
        box.getChildren().add(controls(q));
        return box;
    }

    private HBox controls(Question q) {
        MenuButton menu = new MenuButton("Change");
        menu.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        menu.setTooltip(new Tooltip("Override the answer the scenario gives"));
        menu.setId("override-" + q.id());
        for (Answer a : q.answers()) {
            MenuItem item = new MenuItem(a.label());
            item.setId("override-" + q.id() + "-" + a.id());
            item.setOnAction(e -> vm.override(q.id(), a.id()));
            menu.getItems().add(item);
        }
        Button revert = new Button(null, new org.kordamp.ikonli.javafx.FontIcon("mdi2u-undo"));
        revert.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        revert.setId("revert-" + q.id());
        String chosen = vm.overrideOf(q.id());
        revert.setVisible(chosen != null);
        revert.setManaged(chosen != null);
        revert.setTooltip(new Tooltip("Go back to the answer the scenario gives"));
        revert.setOnAction(e -> vm.revert(q.id()));
        Label mark = new Label(chosen != null ? "" : "derived");
        mark.getStyleClass().add(chosen != null ? PanelStyles.OVERRIDDEN : PanelStyles.NOTE);
        HBox row = new HBox(4, menu, revert, mark);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Region leafBox(Box b, DecisionResult r) {
        VBox box = fixedBox(PanelStyles.TREE_LEAF);
        var rec = b.leafAnswer().leaf();
        box.setId("leaf-" + rec.id());
        Label title = new Label(rec.title());
        title.getStyleClass().add(PanelStyles.TITLE);
        Label why = new Label(rec.rationale());
        why.setWrapText(true);
        box.getChildren().addAll(title, why);
        Tooltip whole = new Tooltip(rec.title() + "\n" + rec.rationale());
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        Tooltip.install(box, whole);
        title.setTooltip(whole);
        why.setTooltip(whole);
        if (r != null && r.recommendation().id().equals(rec.id())) {
            box.getStyleClass().addAll(PanelStyles.ON_PATH, PanelStyles.RECOMMENDATION);
        }
        return box;
    }

    private static VBox fixedBox(String style) {
        VBox box = new VBox(4);
        box.getStyleClass().add(style);
        box.setMinSize(BOX_W, BOX_H);
        box.setPrefSize(BOX_W, BOX_H);
        box.setMaxSize(BOX_W, BOX_H);
        return box;
    }
}
