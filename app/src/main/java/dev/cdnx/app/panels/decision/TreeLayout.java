package dev.cdnx.app.panels.decision;

import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each box of a decision tree goes, top-down: one row per depth, leaves spread left to right in
 * walk order, each question centred over its answers. Boxes are identified by question id or, for a
 * recommendation, by {@code questionId/answerId}. Positions are box centres in slot units (x) and rows (y).
 */
public final class TreeLayout {

    /** A box: question or recommendation, its centre, and the edge that leads into it. */
    public record Box(
            String key, Question question, Answer leafAnswer, Question parent, Answer via, double x, int row) {

        public boolean isLeaf() {
            return leafAnswer != null;
        }
    }

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private int nextSlot;
    private int rows;

    public TreeLayout(DecisionTree tree) {
        place(tree, tree.question(tree.root()), null, null, 0);
    }

    private double place(DecisionTree tree, Question q, Question parent, Answer via, int row) {
        rows = Math.max(rows, row + 1);
        List<Double> xs = new ArrayList<>();
        for (Answer a : q.answers()) {
            if (a.leaf() != null) {
                double x = nextSlot++;
                rows = Math.max(rows, row + 2);
                boxes.put(q.id() + "/" + a.id(), new Box(q.id() + "/" + a.id(), null, a, q, a, x, row + 1));
                xs.add(x);
            } else {
                xs.add(place(tree, tree.question(a.next()), q, a, row + 1));
            }
        }
        double x = xs.stream().mapToDouble(Double::doubleValue).average().orElseGet(() -> nextSlot++);
        boxes.put(q.id(), new Box(q.id(), q, null, parent, via, x, row));
        return x;
    }

    public List<Box> boxes() {
        return List.copyOf(boxes.values());
    }

    public Box box(String key) {
        return boxes.get(key);
    }

    /** Number of leaf slots (width). */
    public int slots() {
        return nextSlot;
    }

    public int rows() {
        return rows;
    }
}
