package dev.cdnx.app.panels.decision;

import dev.cdnx.app.panels.Debouncer;
import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.decision.DecisionTrees;
import dev.cdnx.model.decision.Decisions;
import dev.cdnx.model.scenario.DecisionInputsSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioChanges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Both decision trees for the scenario on screen: the walk of each ({@link DecisionResult}, recomputed
 * by the model's {@link Decisions} after every edit, debounced), and the override commands, which write
 * {@code decisions.overrides} through the context's {@link dev.cdnx.app.panels.SettingsEditor} so they
 * are saved with the file. The trees themselves come from {@link DecisionTrees} for drawing.
 */
public final class DecisionViewModel {

    private final PanelContext context;
    private final ReadOnlyObjectWrapper<Map<String, DecisionResult>> results =
            new ReadOnlyObjectWrapper<>(this, "results", Map.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Debouncer debouncer;

    public DecisionViewModel(PanelContext context) {
        this.context = context;
        this.debouncer = new Debouncer(context, this::refreshNow);
        context.document().addListener(new ScenarioChanges(debouncer::request));
        refreshNow();
    }

    /** The trees to draw, pull/push first. */
    public List<DecisionTree> trees() {
        return DecisionTrees.all();
    }

    /** The walk of each tree by tree id; replaced as a whole after each recompute. */
    public ReadOnlyObjectProperty<Map<String, DecisionResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public DecisionResult result(String treeId) {
        return results.get().get(treeId);
    }

    /** Non-empty when the trees could not be walked (the reason in one line). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Recomputes at once (the debounced path calls this after an edit). */
    public void refreshNow() {
        Scenario s = context.document().scenario();
        try {
            Map<String, DecisionResult> out = new LinkedHashMap<>();
            for (DecisionResult r : Decisions.evaluate(s, sheet(s))) {
                out.put(r.treeId(), r);
            }
            results.set(Map.copyOf(out));
            problem.set("");
        } catch (RuntimeException e) {
            problem.set("The trees cannot be walked for this scenario: " + e.getMessage());
        }
    }

    private PriceSheet sheet(Scenario s) {
        SheetLoad load = PriceSheets.locate(s.pricing == null ? null : s.pricing.sheet, context.folderOrNull());
        return load.ok() ? load.sheet() : PriceSheets.shipped("illustrative").sheet();
    }

    /** The override the scenario holds for a question, or null. */
    public String overrideOf(String questionId) {
        DecisionInputsSpec d = context.document().scenario().decisions;
        return d == null || d.overrides == null ? null : d.overrides.get(questionId);
    }

    /** Chooses an answer by hand; it is written to {@code decisions.overrides} and saved with the file. */
    public void override(String questionId, String answerId) {
        String before = overrideOf(questionId);
        context.editor().edit("Override " + questionId,
                s -> put(s, questionId, answerId), s -> put(s, questionId, before));
        refreshNow();
    }

    /** Goes back to the answer the scenario gives. */
    public void revert(String questionId) {
        String before = overrideOf(questionId);
        if (before == null) {
            return;
        }
        context.editor().edit("Revert " + questionId, s -> put(s, questionId, null), s -> put(s, questionId, before));
        refreshNow();
    }

    private static void put(Scenario s, String questionId, String answerId) {
        if (s.decisions == null) {
            s.decisions = new DecisionInputsSpec();
        }
        if (answerId == null) {
            s.decisions.overrides.remove(questionId);
        } else {
            s.decisions.overrides.put(questionId, answerId);
        }
    }

    /** Whether a question is on the current path of a tree. */
    public boolean onPath(String treeId, String questionId) {
        DecisionResult r = result(treeId);
        return r != null && r.answerOf(questionId) != null;
    }

    /** Whether an answer is the one taken on the current path. */
    public boolean taken(String treeId, String questionId, String answerId) {
        DecisionResult r = result(treeId);
        return r != null && answerId.equals(r.answerOf(questionId));
    }

    /** The step for a question on the path, or null. */
    public DecisionResult.Step step(String treeId, String questionId) {
        DecisionResult r = result(treeId);
        if (r == null) {
            return null;
        }
        return r.path().stream().filter(st -> st.questionId().equals(questionId)).findFirst().orElse(null);
    }
}
