package dev.cdnx.app.panels.decision;

import dev.cdnx.app.panels.Debouncer;
import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.decision.DecisionTrees;
import dev.cdnx.model.decision.Decisions;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.decision.Verdicts;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DecisionInputsSpec;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioChanges;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Both decision trees for the scenario on screen: the walk of each ({@link DecisionResult}, recomputed
 * by the model's {@link Decisions} after every edit, debounced), and the override commands, which write
 * {@code decisions.overrides} through the context's {@link dev.cdnx.app.panels.SettingsEditor} so they
 * are saved with the file. The trees themselves come from {@link DecisionTrees} for drawing. After each
 * recompute the {@link Verdict} (trees, bill, runs) is weighed again on the background executor: three
 * engine runs, so it arrives a moment after the trees; a newer edit discards an older verdict.
 */
public final class DecisionViewModel {

    private final PanelContext context;
    private final Executor runPool;
    private final ReadOnlyObjectWrapper<Map<String, DecisionResult>> results =
            new ReadOnlyObjectWrapper<>(this, "results", Map.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper verdictStatus = new ReadOnlyStringWrapper(this, "verdictStatus", "");
    private final ReadOnlyBooleanWrapper canRunRecommended = new ReadOnlyBooleanWrapper(this, "canRunRecommended");
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean weighing;
    private final Debouncer debouncer;
    private boolean showing;
    /** The verdict's runs are owed: the scenario changed while the panel was hidden. */
    private boolean verdictOwed;

    public DecisionViewModel(PanelContext context) {
        this(context, RunPool.shared());
    }

    /** As {@link #DecisionViewModel(PanelContext)}, with the verdict's three model runs on {@code runPool}. */
    public DecisionViewModel(PanelContext context, Executor runPool) {
        this(context, runPool, true);
    }

    /**
     * With {@code showing} saying whether the panel is on screen from the start: the shell builds it
     * hidden, so the verdict's runs are weighed (and a long scenario asked about) only once it is shown.
     */
    public DecisionViewModel(PanelContext context, Executor runPool, boolean showing) {
        this.showing = showing;
        this.context = context;
        this.runPool = runPool;
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
            return;
        }
        if (showing) {
            weighWitnesses(s);
        } else {
            owe();
        }
    }

    /**
     * Whether the panel is on screen. The verdict costs three engine runs (one per delivery model), which
     * on a large drawing keep one of the machine's cores busy for seconds after each edit; while the panel
     * is hidden an edit only marks the verdict owed, and it is weighed when the panel shows again.
     */
    public void setShowing(boolean on) {
        showing = on;
        if (on && verdictOwed) {
            verdictOwed = false;
            weighWitnesses(context.document().scenario());
        }
    }

    private void owe() {
        generation.incrementAndGet();
        verdictOwed = true;
        weighing = false;
        verdict.set(null);
        canRunRecommended.set(false);
        verdictStatus.set("The verdict is weighed when this panel is open.");
    }

    /**
     * The verdict of the trees, the bill and the runs; null while the runs (one per model, on the
     * background executor) are under way or when they failed ({@link #verdictStatusProperty()} says which).
     */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** "Running …" while the witnesses are being weighed, the failure in one line, else empty. */
    public ReadOnlyStringProperty verdictStatusProperty() {
        return verdictStatus.getReadOnlyProperty();
    }

    /** Whether the runs behind the verdict are under way (a screenshot waits for them). */
    public boolean weighing() {
        return weighing;
    }

    /** True when there is a verdict and the scenario is not already set to the trees' model. */
    public ReadOnlyBooleanProperty canRunRecommendedProperty() {
        return canRunRecommended.getReadOnlyProperty();
    }

    private void weighWitnesses(Scenario current) {
        int gen = generation.incrementAndGet();
        Scenario s = context.snapshot();
        PriceSheet sheet = sheet(current);
        verdict.set(null);
        canRunRecommended.set(false);
        List<Scenario> three = Arrays.stream(DeliveryModel.values())
                .map(m -> MeasuredVolumes.under(s, m))
                .toList();
        if (!context.runGuard().mayRun("Decision", three)) {
            verdictStatus.set("Not run: the three runs behind the verdict are too big for this Java or would take"
                    + " hours; shorten the duration, lower the request rates or the objects.");
            weighing = false;
            return;
        }
        verdictStatus.set("Running the scenario once under each model (same seed) to weigh the bill and the runs…");
        weighing = true;
        context.background().execute(() -> {
            Verdict v;
            Map<String, DecisionResult> cited = new LinkedHashMap<>();
            try {
                Map<DeliveryModel, RunResult> runs = Verdicts.runAll(s, runPool);
                RunResult own = runs.get(s.delivery.model == null ? DeliveryModel.PULL : s.delivery.model);
                // Walked again with the scenario's own run, as cdnx report walks them: the sentences then cite
                // the run's figures too, and the panel says what the report says.
                List<DecisionResult> walks = Decisions.evaluate(s, sheet, own);
                walks.forEach(r -> cited.put(r.treeId(), r));
                v = Verdicts.build(s, sheet, walks, runs);
            } catch (RuntimeException e) {
                context.ui().execute(() -> {
                    if (gen == generation.get()) {
                        verdictStatus.set("The runs behind the verdict failed: " + e.getMessage());
                        weighing = false;
                    }
                });
                return;
            }
            context.ui().execute(() -> {
                if (gen == generation.get()) {
                    results.set(Map.copyOf(cited));
                    verdict.set(v);
                    verdictStatus.set("");
                    weighing = false;
                    updateCanRun();
                }
            });
        });
    }

    private void updateCanRun() {
        Verdict v = verdict.get();
        canRunRecommended.set(v != null
                && context.document().scenario().delivery.model != v.tree().model());
    }

    /**
     * Switches the scenario to the model the trees recommend, as one undoable edit; the live run and the
     * other panels restart on the new model like any other model switch.
     */
    public void runRecommended() {
        Verdict v = verdict.get();
        if (v == null) {
            return;
        }
        DeliveryModel to = v.tree().model();
        DeliveryModel before = context.document().scenario().delivery.model;
        if (before == to) {
            return;
        }
        context.editor()
                .edit("Delivery model " + to.label() + " (the trees' recommendation)", s -> s.delivery.model = to);
        updateCanRun();
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
        context.editor().edit(undoName("Override", questionId, answerId), s -> put(s, questionId, answerId));
        refreshNow();
    }

    /** Goes back to the answer the scenario gives. */
    public void revert(String questionId) {
        String before = overrideOf(questionId);
        if (before == null) {
            return;
        }
        context.editor().edit(undoName("Revert", questionId, null), s -> put(s, questionId, null));
        refreshNow();
    }

    /**
     * How the Undo menu and the Log name an edit of a question: in the panel's words ("Override “How often
     * does the content change?”: Rarely"), not by its id; the id only if no tree has the question.
     */
    static String undoName(String verb, String questionId, String answerId) {
        for (DecisionTree tree : DecisionTrees.all()) {
            DecisionTree.Question q = tree.question(questionId);
            if (q != null) {
                String answer = q.answers().stream()
                        .filter(a -> a.id().equals(answerId))
                        .map(DecisionTree.Answer::label)
                        .findFirst()
                        .orElse(null);
                return verb + " \u201c" + q.text() + "\u201d" + (answer == null ? "" : ": " + answer);
            }
        }
        return verb + " " + questionId;
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
        return r.path().stream()
                .filter(st -> st.questionId().equals(questionId))
                .findFirst()
                .orElse(null);
    }
}
