package dev.cdnx.app.panels.host;

import dev.cdnx.app.panels.PanelContext;
import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.app.panels.PanelTabs;
import dev.cdnx.app.panels.SettingsEditor;
import dev.cdnx.app.panels.checks.ChecksView;
import dev.cdnx.app.panels.checks.ChecksViewModel;
import dev.cdnx.app.panels.compare.CompareView;
import dev.cdnx.app.panels.compare.CompareViewModel;
import dev.cdnx.app.panels.cost.CostFigures;
import dev.cdnx.app.panels.cost.CostView;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.app.panels.decision.DecisionView;
import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The panels as the shell mounts them: four bottom tabs (Decision, Cost, Checks, Compare) over one
 * {@link ScenarioDocument}. The shell binds {@link #nodesToSelect()} to its canvas selection, feeds each
 * finished live run to {@link #setLatestRun}, may route setting edits through its undo stack with
 * {@link #setSettingsEditor}, and calls {@link #select} for {@code --show decision|cost|checks|compare}.
 * Views are built lazily on first use of a tab; view-models are ready at once.
 */
public final class PanelsController {

    // The height each panel needs at the smallest supported width (1024 px) to show every table header and
    // row, chart and text whole (BottomPanelsWholeFxTest checks them). A lower tab scrolls the panel.
    static final double DECISION_HEIGHT = 300;
    static final double COST_HEIGHT = 180;
    static final double CHECKS_HEIGHT = 180;
    static final double COMPARE_HEIGHT = 400;

    private final PanelContext context;
    private final DelegatingEditor editor;
    private final DecisionViewModel decision;
    private final CostViewModel cost;
    private final ChecksViewModel checks;
    private final CompareViewModel compare;
    private boolean fedRun;
    private Tab decisionTab;
    private Tab costTab;
    private Tab checksTab;
    private Tab compareTab;

    /**
     * @param document the scenario on screen
     * @param folder the folder of the scenario's file (null while unsaved): price sheets are found and
     *     saved there
     */
    public PanelsController(ScenarioDocument document, Supplier<Path> folder) {
        this(PanelContext.fx(document, folder));
    }

    /** With a given context (tests use {@link PanelContext#direct}). */
    public PanelsController(PanelContext base) {
        this.editor = new DelegatingEditor(base.editor());
        this.context = base.withEditor(editor);
        this.decision = new DecisionViewModel(context, dev.cdnx.model.engine.RunPool.shared(), false);
        // Hidden until its tab is shown: measuring costs three runs, and a long scenario would ask at once.
        this.cost = new CostViewModel(context, dev.cdnx.model.engine.RunPool.shared(), false);
        this.checks = new ChecksViewModel(context, () -> {
            CostFigures f = cost.figuresProperty().get();
            return f == null ? null : f.bills().get(DeliveryModel.PULL);
        });
        cost.figuresProperty().addListener((o, a, b) -> {
            if (b != null && b.measured() && !fedRun) {
                checks.setRun(b.runs().get(cost.currentModel()));
            } else {
                checks.refreshNow();
            }
        });
        this.compare = new CompareViewModel(context);
    }

    public Tab decisionTab() {
        if (decisionTab == null) {
            decisionTab = tab("Decision", "decision", new DecisionView(decision), DECISION_HEIGHT);
            // Like the Cost panel: its runs are made while it is on screen, not on every edit behind the editor.
            decision.setShowing(false);
            decisionTab.selectedProperty().addListener((o, was, on) -> decision.setShowing(on));
        }
        return decisionTab;
    }

    public Tab costTab() {
        if (costTab == null) {
            costTab = tab("Cost", "cost", new CostView(cost), COST_HEIGHT);
            cost.setShowing(false);
            costTab.selectedProperty().addListener((o, was, on) -> cost.setShowing(on));
        }
        return costTab;
    }

    public Tab checksTab() {
        if (checksTab == null) {
            checksTab = tab("Checks", "checks", new ChecksView(checks), CHECKS_HEIGHT);
        }
        return checksTab;
    }

    public Tab compareTab() {
        if (compareTab == null) {
            compareTab = tab("Compare", "compare", new CompareView(compare), COMPARE_HEIGHT);
        }
        return compareTab;
    }

    /** The four tabs in the order of SPEC S6.1. */
    public List<Tab> tabs() {
        return List.of(costTab(), decisionTab(), checksTab(), compareTab());
    }

    private static Tab tab(String title, String name, javafx.scene.layout.Region content, double wholeHeight) {
        // A panel fills its tab, and scrolls as a whole when the tab is shorter than the panel needs to show
        // its tables, charts and texts whole (a small window, a low divider) instead of squeezing them.
        ScrollPane scroll = dev.cdnx.app.panels.PanelScroll.of(content, wholeHeight);
        Tab t = PanelTabs.named(new Tab(title, scroll), name);
        t.setId("panel-tab-" + name);
        t.setClosable(false);
        content.getStyleClass().add(PanelStyles.PANEL);
        content.getStylesheets().add(PanelStyles.stylesheet());
        return t;
    }

    /** Node names of the check last clicked; bind the canvas selection to it. */
    public ObservableList<String> nodesToSelect() {
        return checks.nodesToSelect();
    }

    /** A run the live view finished: current run for Compare, input of the checks and measured bill. */
    public void setLatestRun(RunResult run) {
        fedRun = run != null;
        compare.setLatestRun(run);
        checks.setRun(run);
        cost.offerRun(run);
    }

    /** Routes decision overrides and sheet choices through the shell (e.g. its undoable commands). */
    public void setSettingsEditor(SettingsEditor e) {
        editor.target = e == null ? SettingsEditor.direct(context.document()) : e;
    }

    /**
     * Selects a panel's tab in its TabPane ({@code decision}, {@code cost}, {@code checks} or
     * {@code compare}, as {@code --show} gives it).
     *
     * @throws IllegalArgumentException for any other name
     */
    public Tab select(String which) {
        Tab t = switch (which == null ? "" : which.toLowerCase(Locale.ROOT)) {
            case "decision" -> decisionTab();
            case "cost" -> costTab();
            case "checks" -> checksTab();
            case "compare" -> compareTab();
            default ->
                throw new IllegalArgumentException("--show " + which + ": expected decision, cost, checks or compare");
        };
        TabPane pane = t.getTabPane();
        if (pane != null) {
            pane.getSelectionModel().select(t);
        }
        return t;
    }

    public DecisionViewModel decision() {
        return decision;
    }

    /** Whether a panel is running the engine in the background now (measuring costs, a sweep). */
    public boolean busy() {
        return cost.runningProperty().get() || compare.runningProperty().get() || decision.weighing();
    }

    public CostViewModel cost() {
        return cost;
    }

    public ChecksViewModel checks() {
        return checks;
    }

    public CompareViewModel compare() {
        return compare;
    }

    /** Lets {@link #setSettingsEditor} swap the editor after the view-models were built. */
    private static final class DelegatingEditor implements SettingsEditor {
        private SettingsEditor target;

        DelegatingEditor(SettingsEditor target) {
            this.target = target;
        }

        @Override
        public void edit(String description, java.util.function.Consumer<dev.cdnx.model.scenario.Scenario> change) {
            target.edit(description, change);
        }
    }
}
