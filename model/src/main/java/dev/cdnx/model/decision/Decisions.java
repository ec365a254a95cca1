package dev.cdnx.model.decision;

import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks the decision trees for a scenario. Each question's answer is derived from the scenario (see
 * {@link PullPushRules} and {@link PlacementRules}) unless {@code decisions.overrides} maps the question
 * id to an answer id of that question; an override naming an unknown answer is ignored with a note.
 * The walk stops at a recommendation; a tree that loops (it cannot, by test) stops after 20 steps.
 */
public final class Decisions {

    private Decisions() {}

    /** Both trees, pull/push first, from the scenario alone. */
    public static List<DecisionResult> evaluate(Scenario s, PriceSheet sheet) {
        return evaluate(s, sheet, null);
    }

    /** Both trees, pull/push first; {@code run} (may be null) adds its measured figures as witnesses. */
    public static List<DecisionResult> evaluate(Scenario s, PriceSheet sheet, RunResult run) {
        List<DecisionResult> out = new ArrayList<>();
        for (DecisionTree t : DecisionTrees.all()) {
            out.add(evaluate(t, s, sheet, run));
        }
        return out;
    }

    public static DecisionResult evaluate(DecisionTree tree, Scenario s, PriceSheet sheet) {
        return evaluate(tree, s, sheet, null);
    }

    public static DecisionResult evaluate(DecisionTree tree, Scenario s, PriceSheet sheet, RunResult run) {
        PullPushRules pp = new PullPushRules(s, run);
        PlacementRules pl = new PlacementRules(s, sheet);
        Map<String, String> overrides = s.decisions == null ? Map.of() : s.decisions.overrides;
        List<DecisionResult.Step> path = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String qid = tree.root();
        for (int guard = 0; guard < 20 && qid != null; guard++) {
            Question q = tree.question(qid);
            DerivedAnswer d = pp.derive(qid);
            if (d == null) {
                d = pl.derive(qid);
            }
            Answer chosen = q.answer(d.answerId());
            boolean overridden = false;
            String because = d.because();
            String wanted = overrides == null ? null : overrides.get(qid);
            if (wanted != null) {
                Answer o = q.answer(wanted);
                if (o == null) {
                    notes.add("override " + qid + "=" + wanted + " ignored: answers are " + ids(q));
                } else if (!o.id().equals(chosen.id())) {
                    overridden = true;
                    because = "you chose it (the scenario gives \"" + chosen.id() + "\": " + d.because() + ")";
                    chosen = o;
                }
            }
            path.add(new DecisionResult.Step(
                    q.id(), q.text(), chosen.id(), chosen.label(), because, overridden, d.answerId()));
            if (chosen.leaf() != null) {
                return new DecisionResult(
                        tree.id(), tree.title(), path, chosen.leaf(), notes, ShieldAdvice.of(s, path, chosen.leaf()));
            }
            qid = chosen.next();
        }
        throw new IllegalStateException("decision tree " + tree.id() + " does not end in a recommendation");
    }

    private static String ids(Question q) {
        List<String> ids = new ArrayList<>();
        q.answers().forEach(a -> ids.add(a.id()));
        return String.join(", ", ids);
    }
}
