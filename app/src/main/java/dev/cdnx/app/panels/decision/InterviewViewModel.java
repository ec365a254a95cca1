package dev.cdnx.app.panels.decision;

import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import dev.cdnx.model.decision.Verdict;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Interview mode: the student walks both trees (pull/push, then placement) picking every branch with the
 * scenario's answers hidden; at the last leaf the trees' own walk and the verdict of the runs are revealed
 * with their reasons, and the attempt is scored: one point per question answered as the scenario answers
 * it (a question the trees never reach, because an earlier pick left their path, scores nothing), and one
 * per tree whose recommendation the student reached.
 */
public final class InterviewViewModel {

    /** One choice the student made. */
    public record Pick(String treeId, String questionId, String answerId, boolean matches) {}

    /** Where a tree's walk by the student ended, against the trees' own recommendation. */
    public record Ending(DecisionTree tree, DecisionTree.Recommendation student, DecisionResult trees) {
        public boolean matches() {
            return student.id().equals(trees.recommendation().id());
        }
    }

    private final DecisionViewModel decisions;
    private final List<DecisionTree> trees;
    private final List<Pick> picks = new ArrayList<>();
    private final List<Ending> endings = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private int treeIndex;

    public InterviewViewModel(DecisionViewModel decisions) {
        this.decisions = decisions;
        this.trees = decisions.trees();
        restart();
    }

    /** The question to answer now; null once every tree is walked. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** True once the last tree ends: the answers, reasons and score are shown. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The tree being walked (the last one once revealed). */
    public DecisionTree tree() {
        return trees.get(Math.min(treeIndex, trees.size() - 1));
    }

    /** Starts again at the first tree's first question. */
    public void restart() {
        picks.clear();
        endings.clear();
        treeIndex = 0;
        revealed.set(false);
        question.set(tree().question(tree().root()));
    }

    /** The student picks an answer of the current question; an unknown id is ignored. */
    public void pick(String answerId) {
        Question q = question.get();
        Answer a = q == null ? null : q.answer(answerId);
        if (a == null) {
            return;
        }
        DecisionResult r = decisions.result(tree().id());
        picks.add(new Pick(tree().id(), q.id(), a.id(), r != null && a.id().equals(r.answerOf(q.id()))));
        if (a.next() != null) {
            question.set(tree().question(a.next()));
            return;
        }
        endings.add(new Ending(tree(), a.leaf(), r));
        treeIndex++;
        if (treeIndex < trees.size()) {
            question.set(tree().question(tree().root()));
        } else {
            question.set(null);
            revealed.set(true);
        }
    }

    public List<Pick> picks() {
        return List.copyOf(picks);
    }

    public List<Ending> endings() {
        return List.copyOf(endings);
    }

    /** Points scored: matching answers plus matching recommendations. */
    public int score() {
        return (int) (picks.stream().filter(Pick::matches).count()
                + endings.stream().filter(Ending::matches).count());
    }

    /** Points possible: every question picked plus one per tree. */
    public int outOf() {
        return picks.size() + endings.size();
    }

    /** The verdict of the trees, the bill and the runs, when it has been weighed. */
    public Verdict verdict() {
        return decisions.verdictProperty().get();
    }
}
