package dev.cdnx.model.decision;

import dev.cdnx.model.decision.DecisionTree.Recommendation;
import java.util.List;

/**
 * A walk through one tree for one scenario: the steps taken (question, answer, the one-sentence reason,
 * and whether the person overrode the derived answer), where it ended, notes about overrides that could
 * not be used (an unknown answer id is ignored and said so), and advice that goes with the recommendation
 * for this scenario (a shield where a viral spike would reach the origin once per edge).
 */
public record DecisionResult(
        String treeId,
        String title,
        List<Step> path,
        Recommendation recommendation,
        List<String> notes,
        List<String> advice) {

    public DecisionResult {
        path = List.copyOf(path);
        notes = List.copyOf(notes);
        advice = List.copyOf(advice);
    }

    /** One step of the path. {@code derivedAnswerId} is what the scenario gave before any override. */
    public record Step(
            String questionId,
            String question,
            String answerId,
            String answer,
            String because,
            boolean overridden,
            String derivedAnswerId) {}

    /** The answer id chosen for a question on the path, or null when the path does not pass it. */
    public String answerOf(String questionId) {
        for (Step s : path) {
            if (s.questionId().equals(questionId)) {
                return s.answerId();
            }
        }
        return null;
    }

    /** One sentence per step, then the recommendation: the explanation shown beside the tree. */
    public List<String> reasons() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Step s : path) {
            out.add(s.question() + " " + s.answer() + ", because " + s.because() + ".");
        }
        out.add("So: " + recommendation.title() + ". " + recommendation.rationale());
        out.addAll(advice);
        return out;
    }
}
