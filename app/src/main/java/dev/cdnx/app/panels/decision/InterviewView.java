package dev.cdnx.app.panels.decision;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import dev.cdnx.model.decision.Verdict;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Interview mode: one question at a time with its answers as buttons and nothing highlighted; once both
 * trees are walked, the student's path beside the trees' own, the reasons, the runs' verdict and the score.
 */
final class InterviewView extends ScrollPane {

    private final InterviewViewModel vm;
    private final VBox body = new VBox(8);

    InterviewView(InterviewViewModel vm) {
        this.vm = vm;
        setId("interview-panel");
        setFitToWidth(true);
        body.setPadding(new Insets(10));
        setContent(body);
        vm.questionProperty().addListener((o, a, q) -> fill());
        vm.revealedProperty().addListener((o, a, b) -> fill());
        fill();
    }

    private void fill() {
        body.getChildren().clear();
        Question q = vm.questionProperty().get();
        if (q != null) {
            Label tree = new Label(
                    vm.tree().title() + " — pick the answer this scenario gives; the trees' answers stay hidden.");
            tree.getStyleClass().add(PanelStyles.NOTE);
            Label text = wrapped(q.text());
            text.setId("interview-question");
            text.getStyleClass().add(PanelStyles.TITLE);
            FlowPane answers = new FlowPane(8, 8);
            for (Answer a : q.answers()) {
                Button b = new Button(a.label());
                b.setId("interview-answer-" + a.id());
                b.setOnAction(e -> vm.pick(a.id()));
                answers.getChildren().add(b);
            }
            Label hint = wrapped("Why it matters: " + q.rationale());
            hint.getStyleClass().add(PanelStyles.REASON);
            body.getChildren().addAll(tree, text, answers, hint);
            return;
        }
        Label score = new Label("Score: " + vm.score() + " of " + vm.outOf());
        score.setId("interview-score");
        score.getStyleClass().add(PanelStyles.TITLE);
        VBox reveal = new VBox(6);
        reveal.setId("interview-reveal");
        for (InterviewViewModel.Ending e : vm.endings()) {
            Label head =
                    wrapped(e.tree().title() + " You reached: " + e.student().title() + ". The trees reach: "
                            + e.trees().recommendation().title() + (e.matches() ? " ✓" : " ✗"));
            head.getStyleClass().add(e.matches() ? PanelStyles.BETTER : PanelStyles.WORSE);
            reveal.getChildren().add(head);
            for (String reason : e.trees().reasons()) {
                Label l = wrapped(reason);
                l.getStyleClass().add(PanelStyles.REASON);
                reveal.getChildren().add(l);
            }
        }
        Verdict v = vm.verdict();
        Label runs = wrapped(
                v == null
                        ? "The runs are still being weighed; the verdict block above shows them when ready."
                        : "The runs favour " + v.runsFavour().label() + "; the bill's cheapest is "
                                + v.cheapestMeasured().label() + " (measured). " + v.reason());
        runs.setId("interview-runs");
        reveal.getChildren().add(runs);
        Button again = new Button("Try again");
        again.setId("interview-restart");
        again.setOnAction(e -> vm.restart());
        // Beside the score, above the reasons: in a short panel the reasons scroll, the button stays in view.
        HBox head = new HBox(12, score, again);
        head.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(head, reveal);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
