package dev.cdnx.app.panels.checks;

import dev.cdnx.app.panels.Debouncer;
import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.model.checks.ArchitectureChecks;
import dev.cdnx.model.checks.CheckContext;
import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.ScenarioChanges;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Checks panel's state: the architecture checks that fire for the scenario (given the latest run and
 * the pull bill, when there are any), a one-line summary of the rest, and {@link #nodesToSelect()}, the
 * node names of the check the person clicked, which the shell binds to its selection.
 */
public final class ChecksViewModel {

    private final PanelContext context;
    private final Supplier<CostBreakdown> pullBill;
    private final ObservableList<CheckOutcome> fired = FXCollections.observableArrayList();
    private final ObservableList<String> nodesToSelect = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private RunResult run;

    /**
     * @param pullBill the pull bill the Cost panel shows (null when there is none); some checks need it
     */
    public ChecksViewModel(PanelContext context, Supplier<CostBreakdown> pullBill) {
        this.context = context;
        this.pullBill = pullBill == null ? () -> null : pullBill;
        Debouncer d = new Debouncer(context, this::refreshNow);
        context.document().addListener(new ScenarioChanges(d::request));
        refreshNow();
    }

    /** The checks that fire, warnings first. */
    public ObservableList<CheckOutcome> fired() {
        return fired;
    }

    /** Node names of the check last chosen; the shell selects these on the canvas. */
    public ObservableList<String> nodesToSelect() {
        return nodesToSelect;
    }

    /** "3 warnings, 1 advice · 12 passed · 2 need a run". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The run the checks may look at (the live run's result); null forgets it. */
    public void setRun(RunResult run) {
        this.run = run;
        refreshNow();
    }

    public void refreshNow() {
        List<CheckOutcome> all = ArchitectureChecks.run(new CheckContext(context.document().scenario(), run,
                pullBill.get()));
        List<CheckOutcome> f = all.stream().filter(CheckOutcome::fired)
                .sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
        fired.setAll(f);
        long warnings = f.stream().filter(c -> c.severity() == CheckOutcome.Severity.WARNING).count();
        long passed = all.stream().filter(c -> c.status() == CheckOutcome.Status.PASSED).count();
        List<CheckOutcome> skipped = all.stream().filter(c -> c.status() == CheckOutcome.Status.SKIPPED).toList();
        String text = warnings + (warnings == 1 ? " warning, " : " warnings, ") + (f.size() - warnings) + " advice · "
                + passed + " passed";
        if (!skipped.isEmpty()) {
            text += " · " + skipped.size() + " not run (" + skipped.get(0).message()
                    + (skipped.size() > 1 ? "; …" : "") + ")";
        }
        summary.set(text);
    }

    /** The person chose a check: its nodes become the selection. */
    public void choose(CheckOutcome outcome) {
        nodesToSelect.setAll(outcome == null ? List.of() : outcome.nodes());
    }
}
