package dev.cdnx.model.decision;

import dev.cdnx.model.scenario.DeliveryModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision tree as data: questions by id, each with answers that lead to another question or to a
 * recommendation. Walking from {@link #root} always ends at a recommendation (every answer has exactly
 * one of {@code next} and {@code leaf}); the trees in {@link DecisionTrees} are checked for that by a test.
 */
public record DecisionTree(String id, String title, String root, Map<String, Question> questions) {

    public DecisionTree {
        questions = new LinkedHashMap<>(questions);
    }

    /** A question: what is asked, why it matters (one line), and the possible answers. */
    public record Question(String id, String text, String rationale, List<Answer> answers) {

        /** The answer with this id, or null. */
        public Answer answer(String answerId) {
            for (Answer a : answers) {
                if (a.id().equals(answerId)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** One answer: its id and label, and either the next question's id or a recommendation. */
    public record Answer(String id, String label, String next, Recommendation leaf) {}

    /** Where a path ends: an id, the delivery model it recommends, a title and a one-line reason. */
    public record Recommendation(String id, DeliveryModel model, String title, String rationale) {}

    public Question question(String questionId) {
        return questions.get(questionId);
    }
}
