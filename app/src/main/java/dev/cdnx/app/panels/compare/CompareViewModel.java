package dev.cdnx.app.panels.compare;

import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.engine.Sweep;
import dev.cdnx.model.io.ScenarioIdentity;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Compare panel's state: a pinned baseline run and the current run (from the live view through
 * {@link #setLatestRun}, or made here by {@link #runNow()} with the model's engine on the run pool, waited
 * for from the background executor), the comparison lines of the two, and the parameter sweep
 * ({@link #sweep()}), whose runs share the same pool.
 */
public final class CompareViewModel {

    private final PanelContext context;
    private final ObjectProperty<RunSnapshot> current = new SimpleObjectProperty<>(this, "current");
    private final ObjectProperty<RunSnapshot> baseline = new SimpleObjectProperty<>(this, "baseline");
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty message = new SimpleStringProperty(
            this, "message", "Run the scenario, pin it as the baseline, change something and run again.");
    private final AtomicInteger generation = new AtomicInteger();
    private final SweepViewModel sweep;
    private final StringProperty mismatch = new SimpleStringProperty(this, "mismatch", "");
    private final BooleanProperty mixingAllowed = new SimpleBooleanProperty(this, "mixingAllowed", false);

    private final Executor runPool;

    public CompareViewModel(PanelContext context) {
        this(context, RunPool.shared());
    }

    /** As {@link #CompareViewModel(PanelContext)}, with every engine run (and the sweep's) on {@code runPool}. */
    public CompareViewModel(PanelContext context, Executor runPool) {
        this.context = context;
        this.runPool = runPool;
        this.sweep = new SweepViewModel(context, runPool);
        current.addListener((o, a, b) -> refreshRows());
        baseline.addListener((o, a, b) -> {
            mixingAllowed.set(false);
            refreshRows();
        });
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public ObjectProperty<RunSnapshot> currentProperty() {
        return current;
    }

    public ObjectProperty<RunSnapshot> baselineProperty() {
        return baseline;
    }

    /** Value, baseline and difference of every metric and cost term. */
    public ObservableList<DiffRow> rows() {
        return rows;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** A run finished elsewhere (the live view) of the scenario as it is now. */
    public void setLatestRun(RunResult run) {
        if (run != null) {
            Scenario s = context.snapshot();
            current.set(RunSnapshot.of(run, s, sheet(s)));
            message.set("Current: the latest run (seed " + run.seed() + ").");
        }
    }

    /**
     * Runs the scenario as it is now with the model's engine, off the UI thread. A newer run stops this
     * one within a slice, so the core goes to the run whose result will be shown.
     */
    public void runNow() {
        Scenario s = context.snapshot();
        if (!context.runGuard().mayRun("Compare", s)) {
            message.set("Not run: the run is too big for this Java or would take hours; see the scenario's duration,"
                    + " request rates and objects.");
            return;
        }
        int gen = generation.incrementAndGet();
        PriceSheet sheet = sheet(s);
        running.set(true);
        message.set("Running " + s.name + " (seed " + s.seed + ")…");
        context.background().execute(() -> {
            try {
                List<RunResult> run = RunPool.runAll(
                        runPool,
                        List.of(stop -> Sweep.runUnlessCancelled(new Simulation(s), stop)),
                        n -> {},
                        () -> gen != generation.get());
                if (run.isEmpty()) {
                    return;
                }
                RunSnapshot snap = RunSnapshot.of(run.get(0), s, sheet);
                context.ui().execute(() -> {
                    if (gen == generation.get()) {
                        running.set(false);
                        current.set(snap);
                        message.set("Current: a run of " + s.name + " with seed " + s.seed + ".");
                    }
                });
            } catch (RuntimeException e) {
                context.ui().execute(() -> {
                    running.set(false);
                    message.set("The run failed: " + e.getMessage());
                });
            }
        });
    }

    /** Pins the current run as the baseline; false when there is no run yet. */
    public boolean pinBaseline() {
        if (current.get() == null) {
            message.set("There is no run to pin yet: press Run first.");
            return false;
        }
        baseline.set(current.get());
        message.set("Baseline pinned (seed " + current.get().run().seed() + "). Change something and run again.");
        return true;
    }

    public void clearBaseline() {
        baseline.set(null);
    }

    /**
     * The warning when baseline and current come from different scenarios (name or content hash), naming
     * both; empty when they match or one is missing.
     */
    public ReadOnlyStringProperty mismatchProperty() {
        return mismatch;
    }

    /** True once the person chose to compare runs of different scenarios anyway (reset by a new baseline). */
    public ReadOnlyBooleanProperty mixingAllowedProperty() {
        return mixingAllowed;
    }

    /** Whether the baseline is shown beside the current run: there is one and it is honest, or allowed. */
    public boolean showsBaseline() {
        return baseline.get() != null && (mismatch.get().isEmpty() || mixingAllowed.get());
    }

    /** The person's answer to the warning: put the two scenarios' runs side by side all the same. */
    public void compareAnyway() {
        mixingAllowed.set(true);
        refreshRows();
    }

    private void refreshRows() {
        RunSnapshot c = current.get();
        RunSnapshot b = baseline.get();
        mismatch.set(c == null || b == null ? "" : mismatchText(b, c));
        if (c == null) {
            rows.clear();
            return;
        }
        rows.setAll(MetricRows.rows(c, showsBaseline() ? b : null));
        if (b != null && b.run().seed() != c.run().seed()) {
            message.set("Note: the baseline used seed " + b.run().seed() + " and this run seed "
                    + c.run().seed() + "; traffic differs, not only the change you made.");
        }
    }

    private static String mismatchText(RunSnapshot baseline, RunSnapshot current) {
        ScenarioIdentity b = baseline.identity();
        ScenarioIdentity c = current.identity();
        if (b.sameContent(c) && b.name().equals(c.name())) {
            return "";
        }
        return "Different scenarios: the baseline ran " + b + ", the current run " + c
                + ". Their differences are not the effect of one change.";
    }

    private PriceSheet sheet(Scenario s) {
        SheetLoad load = PriceSheets.locate(s.pricing == null ? null : s.pricing.sheet, context.folderOrNull());
        return load.ok() ? load.sheet() : null;
    }
}
