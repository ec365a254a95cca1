package dev.cdnx.app.panels.compare;

import dev.cdnx.app.files.ReplaceGuard;
import dev.cdnx.app.panels.Fmt;
import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.CsvTable;
import dev.cdnx.model.io.FileKind;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A sweep of one parameter over a range: the choices, the runs on the background executor with progress
 * and cancel (asked between runs), the resulting points and their CSV.
 */
public final class SweepViewModel {

    private final PanelContext context;
    private final Executor runPool;
    private final ObjectProperty<SweepParameter> parameter =
            new SimpleObjectProperty<>(this, "parameter", SweepParameter.TTL_JITTER);
    private final DoubleProperty from = new SimpleDoubleProperty(this, "from");
    private final DoubleProperty to = new SimpleDoubleProperty(this, "to");
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<SweepRunner.Row> rows = FXCollections.observableArrayList();
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    SweepViewModel(PanelContext context, Executor runPool) {
        this.context = context;
        this.runPool = runPool;
        parameter.addListener((o, a, p) -> defaults(p));
        defaults(parameter.get());
    }

    private void defaults(SweepParameter p) {
        from.set(p.defaultFrom());
        to.set(p.defaultTo());
        steps.set(p.defaultSteps());
    }

    public ObjectProperty<SweepParameter> parameterProperty() {
        return parameter;
    }

    public DoubleProperty fromProperty() {
        return from;
    }

    public DoubleProperty toProperty() {
        return to;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<SweepRunner.Row> rows() {
        return rows;
    }

    /** The values the next sweep will write. */
    public List<Double> values() {
        return parameter.get().values(from.get(), to.get(), steps.get());
    }

    /** Starts the sweep on the background executor; ignored while one runs. */
    public void start() {
        if (running.get()) {
            return;
        }
        SweepParameter p = parameter.get();
        List<Double> values = values();
        Scenario base = context.snapshot();
        if (!context.runGuard().mayRun("Sweep", sweepRuns(base, p, values))) {
            status.set("Not run: the sweep's runs are too big for this Java or would take hours; narrow the"
                    + " values, shorten the duration or lower the request rates.");
            return;
        }
        SheetLoad load = PriceSheets.locate(base.pricing.sheet, context.folderOrNull());
        PriceSheet sheet = load.ok() ? load.sheet() : null;
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        rows.clear();
        running.set(true);
        progress.set(0);
        int total = p == SweepParameter.SHIELD ? 2 : values.size();
        status.set("Sweeping " + p + ": 0 of " + total + " runs (seed " + base.seed + ")");
        context.background().execute(() -> {
            try {
                List<SweepRunner.Row> out = SweepRunner.run(
                        base,
                        p,
                        values,
                        sheet,
                        n -> context.ui().execute(() -> {
                            progress.set(n / (double) total);
                            status.set("Sweeping " + p + ": " + n + " of " + total + " runs (seed " + base.seed + ")");
                        }),
                        flag::get,
                        runPool);
                context.ui().execute(() -> {
                    rows.setAll(out);
                    running.set(false);
                    status.set(
                            flag.get()
                                    ? "Cancelled after " + out.size() + " of " + total + " runs."
                                    : "Done: " + out.size() + " runs of " + base.name + ", seed " + base.seed + ".");
                });
            } catch (RuntimeException e) {
                context.ui().execute(() -> {
                    running.set(false);
                    status.set("The sweep failed: " + e.getMessage());
                });
            }
        });
    }

    /** The scenarios the sweep will run (the origin price runs once), for the guard's estimate. */
    private static List<Scenario> sweepRuns(Scenario base, SweepParameter p, List<Double> values) {
        if (p == SweepParameter.ORIGIN_PRICE) {
            return List.of(base);
        }
        List<Scenario> out = new java.util.ArrayList<>();
        for (double v : values) {
            try {
                out.add(ScenarioOverrides.apply(base, p.assignments(base, v)));
            } catch (RuntimeException e) {
                // the sweep reports a value it cannot set; the estimate counts the base run in its place
                out.add(base);
            }
        }
        return out;
    }

    /**
     * Asks the running sweep to stop; it stops within a slice of the run in progress and keeps the runs
     * already finished. Says so at once, so the click is seen to have been heard.
     */
    public void cancel() {
        if (running.get() && !cancel.get()) {
            status.set("Cancelling…");
        }
        cancel.set(true);
    }

    /** The points as CSV: one line per value, the run's totals and the monthly bill. */
    public String csv() {
        CsvTable table = new CsvTable(
                "parameter",
                "value",
                "requests",
                "hitRatio",
                "byteHitRatio",
                "originRequests",
                "originBytes",
                "peakOriginRps",
                "p50Ms",
                "p95Ms",
                "p99Ms",
                "errors",
                "monthlyCost");
        for (SweepRunner.Row r : rows) {
            RunResult x = r.run();
            table.row(
                    parameter.get().name(),
                    r.value(),
                    x.requests(),
                    x.hitRatio(),
                    x.byteHitRatio(),
                    x.originRequests(),
                    x.originBytes(),
                    x.peakOriginRequestsPerSecond(),
                    x.latencyMs().p50(),
                    x.latencyMs().p95(),
                    x.latencyMs().p99(),
                    x.errors(),
                    r.monthlyCost() == null ? "" : r.monthlyCost().toPlainString());
        }
        return table.render();
    }

    /**
     * Writes {@link #csv()} to a file, atomically, after {@code replace} has asked about a file there that
     * is not a CSV table; false (and nothing written) when the person kept it.
     */
    public boolean exportCsv(Path file, ReplaceGuard replace) throws IOException {
        if (!replace.mayWrite(file, FileKind.CSV)) {
            status.set("Not exported: " + file.getFileName() + " was kept");
            return false;
        }
        AtomicFiles.writeString(file, csv());
        status.set("Wrote " + rows.size() + " rows to " + file);
        return true;
    }

    /** A short label for a cost figure. */
    static String money(java.math.BigDecimal v) {
        return v == null ? "" : Fmt.money(v, "USD");
    }
}
