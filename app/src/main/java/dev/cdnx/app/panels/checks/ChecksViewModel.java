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
 * The Checks panel's state: every architecture check with its verdict (failed, warned, skipped with the
 * reason, passed), given the latest run and the pull bill when there are any; the ones that fire; the
 * fixes a check can apply as an undoable edit; a one-line summary; and {@link #nodesToSelect()}, the
 * node names of the check the person clicked, which the shell binds to its selection.
 */
public final class ChecksViewModel {

    private final PanelContext context;
    private final Supplier<CostBreakdown> pullBill;
    private final ObservableList<CheckOutcome> fired = FXCollections.observableArrayList();
    private final ObservableList<CheckOutcome> all = FXCollections.observableArrayList();
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

    /** Every check, in the order of {@link CheckOutcome.Verdict}: failed, warned, skipped, then passed. */
    public ObservableList<CheckOutcome> all() {
        return all;
    }

    /** The checks with one verdict, in panel order. */
    public List<CheckOutcome> withVerdict(CheckOutcome.Verdict v) {
        return all.stream().filter(c -> c.verdict() == v).toList();
    }

    /** The words of the fix a check can apply itself, or null when its fix needs the person. */
    public String fixLabel(CheckOutcome c) {
        CheckFixes.Fix<?> f = c.fired() ? CheckFixes.of(c.id()) : null;
        return f == null ? null : f.label();
    }

    /** Applies a fired check's fix as one undoable edit, then checks again. */
    public void applyFix(CheckOutcome c) {
        CheckFixes.Fix<?> f = c.fired() ? CheckFixes.of(c.id()) : null;
        if (f != null) {
            f.apply(context.editor());
            refreshNow();
        }
    }

    /** Node names of the check last chosen; the shell selects these on the canvas. */
    public ObservableList<String> nodesToSelect() {
        return nodesToSelect;
    }

    /** "12 checks: 3 failed, 1 warned · 6 passed · 2 not run (…)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The run the checks may look at (the live run's result); null forgets it. */
    public void setRun(RunResult run) {
        this.run = run;
        refreshNow();
    }

    public void refreshNow() {
        List<CheckOutcome> all =
                ArchitectureChecks.run(new CheckContext(context.document().scenario(), run, pullBill.get()));
        List<CheckOutcome> ordered = new java.util.ArrayList<>();
        for (CheckOutcome.Verdict v : List.of(
                CheckOutcome.Verdict.FAILED,
                CheckOutcome.Verdict.WARNED,
                CheckOutcome.Verdict.SKIPPED,
                CheckOutcome.Verdict.PASSED)) {
            all.stream().filter(c -> c.verdict() == v).forEach(ordered::add);
        }
        // The panel rebuilds its rows on a change: leave the lists alone when the outcomes are the same, so a
        // refresh for nothing keeps a row's keyboard focus (and the row under a pointer).
        if (!this.all.equals(ordered)) {
            this.all.setAll(ordered);
        }
        List<CheckOutcome> f = all.stream()
                .filter(CheckOutcome::fired)
                .sorted((a, b) -> a.severity().compareTo(b.severity()))
                .toList();
        if (!fired.equals(f)) {
            fired.setAll(f);
        }
        long warnings = f.stream()
                .filter(c -> c.severity() == CheckOutcome.Severity.WARNING)
                .count();
        long passed = all.stream()
                .filter(c -> c.status() == CheckOutcome.Status.PASSED)
                .count();
        List<CheckOutcome> skipped = all.stream()
                .filter(c -> c.status() == CheckOutcome.Status.SKIPPED)
                .toList();
        String text = all.size() + " checks: " + warnings + " failed, " + (f.size() - warnings) + " warned · " + passed
                + " passed";
        if (!skipped.isEmpty()) {
            text += " · " + skipped.size() + " not run (" + skipped.get(0).message() + (skipped.size() > 1 ? "; …" : "")
                    + ")";
        }
        summary.set(text);
    }

    /** The person chose a check: its nodes become the selection. */
    public void choose(CheckOutcome outcome) {
        nodesToSelect.setAll(outcome == null ? List.of() : outcome.nodes());
    }
}
