package dev.cdnx.app.panels.cost;

import dev.cdnx.app.panels.Debouncer;
import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostInput;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.ProviderComparison;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioChanges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cost panel's state: the bills of pull, push and hybrid (typed or measured), the crossover curves,
 * the price sheet in use and the sheets on offer. Typed figures are computed at once after an edit
 * (debounced); measured figures run the engine three times on the background executor, with progress,
 * and a newer request makes an older one's results be dropped.
 */
public final class CostViewModel {

    /** One segment of a stacked bar: a model's term. */
    public record Bar(DeliveryModel model, String termId, String label, BigDecimal amount) {}

    /** One row of the terms table: a term id and its line in each model's bill. */
    public record TermRow(String id, String label, Map<DeliveryModel, CostTerm> byModel) {}

    private final PanelContext context;
    private final Executor runPool;
    private final ObjectProperty<CostFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private final BooleanProperty measured = new SimpleBooleanProperty(this, "measured");
    private final BooleanProperty compareProviders = new SimpleBooleanProperty(this, "compareProviders");
    private boolean showing;
    private boolean stale;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty sheetName = new SimpleStringProperty(this, "sheetName");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<PriceSheet> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final AtomicInteger generation = new AtomicInteger();
    private final Map<DeliveryModel, RunResult> fedRuns = new EnumMap<>(DeliveryModel.class);

    public CostViewModel(PanelContext context) {
        this(context, RunPool.shared());
    }

    /** As {@link #CostViewModel(PanelContext)}, with the measuring runs on {@code runPool}. */
    public CostViewModel(PanelContext context, Executor runPool) {
        this(context, runPool, true);
    }

    /**
     * With {@code showing} saying whether the panel is on screen from the start: the shell builds it
     * hidden, so a long scenario open when the panels are built asks about the measuring runs only once
     * the Cost panel is shown ({@link #setShowing(boolean)}).
     */
    public CostViewModel(PanelContext context, Executor runPool, boolean showing) {
        this.context = context;
        this.runPool = runPool;
        this.showing = showing;
        measured.set(context.document().scenario().volumes == null);
        measured.addListener((o, a, b) -> refreshNow());
        Debouncer debouncer = new Debouncer(context, () -> {
            fedRuns.clear();
            refreshNow();
        });
        context.document().addListener(new ScenarioChanges(debouncer::request));
        refreshNow();
    }

    public ObjectProperty<CostFigures> figuresProperty() {
        return figures;
    }

    /** True for measured volumes (engine runs), false for the scenario's typed volumes. */
    public BooleanProperty measuredProperty() {
        return measured;
    }

    /** True while the panel shows "Compare providers" (one bar per sheet) instead of the bars by model. */
    public BooleanProperty compareProvidersProperty() {
        return compareProviders;
    }

    /**
     * The current model's month priced on every shipped sheet and the scenario's own, the same rows as
     * {@code cdnx report --json}'s {@code providers}; empty while there are no figures.
     */
    public List<ProviderComparison.Row> providers() {
        CostFigures f = figures.get();
        if (f == null || sheet.get() == null) {
            return List.of();
        }
        return ProviderComparison.of(
                f.bills().get(currentModel()).volumes(), ProviderComparison.sheetsWith(sheet.get()));
    }

    /** What the picker shows under a sheet's name: its label, and where its prices came from and when. */
    public String describeSheet(String name) {
        SheetLoad load = PriceSheets.locate(name, context.folderOrNull());
        return load.ok()
                ? load.sheet().label() + "\nPrices from: "
                        + load.sheet().provider().provenance()
                : load.describe();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** 0..1 while measuring. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** What is wrong (no volumes, a bad sheet) or what is happening, in one line; empty when all is well. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty sheetNameProperty() {
        return sheetName;
    }

    public ObjectProperty<PriceSheet> sheetProperty() {
        return sheet;
    }

    /** The sheets the picker offers. */
    public ObservableList<String> sheets() {
        return sheets;
    }

    public DeliveryModel currentModel() {
        return CostFigures.currentModel(context.document().scenario());
    }

    /** A run the live view made; used for its model's measured bill until the next edit. */
    public void offerRun(RunResult run) {
        if (run != null) {
            fedRuns.put(DeliveryModel.fromId(run.model()), run);
            if (measured.get()) {
                refreshNow();
            }
        }
    }

    /** Picks a price sheet for the scenario (saved with the file as {@code pricing.sheet}). */
    public void useSheet(String name) {
        Scenario s = context.document().scenario();
        String before = s.pricing.sheet;
        if (name == null || name.equals(before)) {
            return;
        }
        context.editor().edit("Use price sheet " + name, sc -> sc.pricing.sheet = name);
        refreshNow();
    }

    /**
     * Whether the panel is on screen. Measured figures cost three engine runs, so while the panel is
     * hidden an edit only marks them stale, and they are measured when it shows again.
     */
    public void setShowing(boolean on) {
        showing = on;
        if (on && stale) {
            refreshNow();
        }
    }

    /** Recomputes the figures now (typed) or starts the measuring runs (measured). */
    public void refreshNow() {
        if (measured.get() && !showing) {
            stale = true;
            return;
        }
        stale = false;
        int gen = generation.incrementAndGet();
        Scenario s = context.snapshot();
        sheetName.set(s.pricing.sheet);
        List<String> names = SheetSource.names(context.folderOrNull(), s.pricing.sheet);
        if (!names.equals(sheets)) {
            sheets.setAll(names);
        }
        SheetLoad load = PriceSheets.locate(s.pricing.sheet, context.folderOrNull());
        if (!load.ok()) {
            sheet.set(null);
            figures.set(null);
            message.set(load.describe());
            return;
        }
        sheet.set(load.sheet());
        if (!measured.get()) {
            if (s.volumes == null) {
                figures.set(null);
                message.set("This scenario has no typed volumes block; switch to measured volumes, or add one "
                        + "(see samples/cost-lever.json).");
                return;
            }
            figures.set(CostFigures.typed(s, load.sheet()));
            message.set("");
            return;
        }
        Map<DeliveryModel, RunResult> known = new EnumMap<>(fedRuns);
        List<Scenario> toRun = new ArrayList<>();
        for (DeliveryModel m : DeliveryModel.values()) {
            if (!known.containsKey(m)) {
                toRun.add(MeasuredVolumes.under(s, m));
            }
        }
        if (!context.runGuard().mayRun("Measured cost", toRun)) {
            running.set(false);
            message.set("Not run: the measuring runs are too big for this Java or would take hours; use typed"
                    + " volumes, or shorten the duration or lower the request rates.");
            return;
        }
        running.set(true);
        progress.set(0);
        message.set("Running the engine once per model (same seed)…");
        context.background().execute(() -> {
            CostFigures f;
            try {
                f = CostFigures.measured(
                        s,
                        load.sheet(),
                        known,
                        n -> context.ui().execute(() -> {
                            if (gen == generation.get()) {
                                progress.set(n / 3.0);
                            }
                        }),
                        () -> gen != generation.get(),
                        runPool);
            } catch (RuntimeException e) {
                context.ui().execute(() -> finish(gen, null, "The runs failed: " + e.getMessage()));
                return;
            }
            CostFigures done = f;
            context.ui().execute(() -> finish(gen, done, ""));
        });
    }

    private void finish(int gen, CostFigures f, String msg) {
        if (gen != generation.get()) {
            return;
        }
        running.set(false);
        progress.set(f == null ? 0 : 1);
        if (f != null) {
            figures.set(f);
        }
        message.set(msg);
    }

    /** The stacked bars: every term of every model, in the bill's order. */
    public List<Bar> bars() {
        List<Bar> out = new ArrayList<>();
        CostFigures f = figures.get();
        if (f == null) {
            return out;
        }
        for (CostBreakdown b : f.bills().values()) {
            for (CostTerm t : b.terms()) {
                out.add(new Bar(b.model(), t.id(), t.label(), t.amount()));
            }
        }
        return out;
    }

    /** The terms table: one row per term id, in the bill's order. */
    public List<TermRow> rows() {
        List<TermRow> out = new ArrayList<>();
        CostFigures f = figures.get();
        if (f == null) {
            return out;
        }
        for (CostTerm t : f.bills().get(DeliveryModel.PULL).terms()) {
            Map<DeliveryModel, CostTerm> by = new EnumMap<>(DeliveryModel.class);
            f.bills().forEach((m, b) -> by.put(m, b.term(t.id())));
            out.add(new TermRow(t.id(), t.label(), by));
        }
        return out;
    }

    /** "Explain this number": the formula in words, then each input with its value, unit and source. */
    public static String explain(CostTerm t) {
        StringBuilder sb = new StringBuilder(t.label())
                .append(" = ")
                .append(t.amount().toPlainString())
                .append("\n")
                .append(t.formula());
        for (CostInput i : t.inputs()) {
            sb.append("\n• ")
                    .append(i.name())
                    .append(": ")
                    .append(i.value())
                    .append(' ')
                    .append(i.unit())
                    .append("  (")
                    .append(i.source())
                    .append(')');
        }
        return sb.toString();
    }

    /** The folder the scenario lives in, for the sheet editor (null when unsaved). */
    public PanelContext context() {
        return context;
    }
}
