package dev.cdnx.app;

import dev.cdnx.app.editor.Camera;
import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.commands.ChangeSettingsCommand;
import dev.cdnx.app.lab.LabPanel;
import dev.cdnx.app.lab.LabThreads;
import dev.cdnx.app.lab.LabTripLayer;
import dev.cdnx.app.lab.LabViewModel;
import dev.cdnx.app.lessons.LessonsPanel;
import dev.cdnx.app.lessons.LessonsViewModel;
import dev.cdnx.app.panels.PanelScroll;
import dev.cdnx.app.panels.PanelTabs;
import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.app.run.Legend;
import dev.cdnx.app.run.MetricsPanel;
import dev.cdnx.app.run.NodeFaultMenu;
import dev.cdnx.app.run.RunHud;
import dev.cdnx.app.run.RunOverlay;
import dev.cdnx.app.run.RunToolbar;
import dev.cdnx.app.run.RunViewModel;
import dev.cdnx.app.run.TracePanel;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Mounts the features that sit on the editor: the live run (its toolbar, its layer on the canvas, the
 * metrics and trace tabs), the decision / cost / checks / compare panels, and the lessons. It wires them
 * to each other — a finished run feeds the panels and the lessons, a clicked check selects its nodes —
 * so that none of them knows the others.
 */
public final class Workbench {

    private final EditorViewModel editor;
    private final RunViewModel run;
    private final PanelsController panels;
    private final LessonsViewModel lessons;
    private final LessonsPanel lessonsPanel;
    private final TabPane bottom;
    private final Tab metricsTab;
    private final Tab traceTab;
    private final Tab lessonsTab;
    private final LabViewModel lab;
    private final Tab labTab;
    private final Tab trafficTab;
    private final dev.cdnx.app.traffic.TrafficViewModel traffic;
    private final Camera camera;

    // The height each panel needs at the smallest supported width (1024 px) to show every table header and
    // row, chart and text whole (BottomPanelsWholeFxTest checks them). A lower tab scrolls the panel.
    static final double METRICS_HEIGHT = 240;
    static final double TRACE_HEIGHT = 180;
    static final double LESSONS_HEIGHT = 180;
    static final double LAB_HEIGHT = 200;
    static final double TRAFFIC_HEIGHT = 280;

    public Workbench(
            EditorViewModel editor,
            CanvasView canvas,
            TabPane bottom,
            Supplier<Path> folder,
            Consumer<String> openSample) {
        this.editor = editor;
        this.bottom = bottom;
        this.camera = canvas.camera();
        run = new RunViewModel(editor.document());
        run.setScenarioFolder(folder);
        // A screen reader hears a cache's live hit ratio with its description (#17).
        editor.descriptions()
                .setHitRatios(dev.cdnx.app.editor.NodeDescriptions.fromSnapshots(
                        () -> run.snapshotProperty().get()));
        run.setFaultRecorder(
                (description, change) -> editor.run(new ChangeSettingsCommand(editor.document(), description, change)));
        panels = new PanelsController(editor.document(), folder);
        panels.setSettingsEditor(
                (description, change) -> editor.run(new ChangeSettingsCommand(editor.document(), description, change)));
        lessons = new LessonsViewModel(new WorkbenchLessonHost(this), openSample);
        lessonsPanel = new LessonsPanel(lessons);

        lab = new LabViewModel(LabThreads.background(), javafx.application.Platform::runLater);
        mountOverlay(canvas);
        // Every bottom panel keeps the height it needs to show its parts whole and scrolls as a whole in a
        // lower tab (1024 × 700): the metrics' two rows of charts, the traffic comparison's two-row header.
        javafx.scene.control.ScrollPane metrics = PanelScroll.of(new MetricsPanel(run), METRICS_HEIGHT);
        metrics.setId("metrics-scroll");
        metricsTab = tab("Metrics", "metrics", metrics);
        traceTab = tab("Trace", "trace", PanelScroll.of(new TracePanel(run), TRACE_HEIGHT));
        lessonsTab = tab("Lessons", "lessons", PanelScroll.of(lessonsPanel, LESSONS_HEIGHT));
        labTab = tab("Live Lab", "lab", PanelScroll.of(new LabPanel(lab, editor::scenario), LAB_HEIGHT));
        traffic = new dev.cdnx.app.traffic.TrafficViewModel(
                dev.cdnx.app.traffic.TrafficFiles.background(),
                javafx.application.Platform::runLater,
                System::nanoTime);
        trafficTab = tab(
                "Traffic",
                "traffic",
                PanelScroll.of(
                        new dev.cdnx.app.traffic.TrafficPanel(
                                traffic,
                                () -> dev.cdnx.app.traffic.TrafficFiles.choose(
                                        bottom.getScene().getWindow()),
                                editor::scenario),
                        TRAFFIC_HEIGHT));
        List<Tab> tabs = new ArrayList<>(List.of(metricsTab));
        tabs.addAll(panels.tabs());
        tabs.add(traceTab);
        tabs.add(lessonsTab);
        tabs.add(labTab);
        tabs.add(trafficTab);
        bottom.getTabs().addAll(0, tabs);
        bottom.getSelectionModel().select(0);
        bottom.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                lessons.panelOpened(PanelTabs.nameOf(b));
            }
        });
        wire();
    }

    private static Tab tab(String title, String name, Node content) {
        Tab t = PanelTabs.named(new Tab(title, content), name);
        t.setId("tab-" + name);
        t.setClosable(false);
        return t;
    }

    /**
     * The names drawn on the map, the boxes over the canvas (the caption, the legend) and what lies beyond
     * the canvas's edges, in the overlay's (world) coordinates: the figures on the map keep clear of them.
     */
    private static java.util.List<javafx.geometry.Rectangle2D> keepClear(
            CanvasView canvas, Node overlay, Node... onTop) {
        java.util.List<javafx.geometry.Rectangle2D> out = new java.util.ArrayList<>();
        for (Node n : onTop) {
            if (n.isVisible() && n.getScene() != null) {
                javafx.geometry.Bounds b = overlay.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                out.add(new javafx.geometry.Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        // Beyond the canvas's edges (the picture under the figures reaches under the side panels): a chip set
        // apart out there was cut by the palette.
        javafx.geometry.Bounds view = overlay.sceneToLocal(canvas.localToScene(canvas.getLayoutBounds()));
        if (view != null && view.getWidth() > 0 && view.getHeight() > 0) {
            double w = view.getWidth();
            double h = view.getHeight();
            out.add(new javafx.geometry.Rectangle2D(view.getMinX() - w, view.getMinY() - h, w, 3 * h));
            out.add(new javafx.geometry.Rectangle2D(view.getMaxX(), view.getMinY() - h, w, 3 * h));
            out.add(new javafx.geometry.Rectangle2D(view.getMinX(), view.getMinY() - h, w, h));
            out.add(new javafx.geometry.Rectangle2D(view.getMinX(), view.getMaxY(), w, h));
        }
        for (dev.cdnx.app.editor.NodeView v : canvas.nodeViews()) {
            Node name = v.lookup("." + dev.cdnx.app.theme.Styles.NODE_LABEL);
            if (v.isVisible() && name != null && name.isVisible()) {
                javafx.geometry.Bounds b = overlay.sceneToLocal(name.localToScene(name.getBoundsInLocal()));
                out.add(new javafx.geometry.Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        return out;
    }

    /** The run's layer sits in world coordinates, so it follows the editor's zoom and pan. */
    private void mountOverlay(CanvasView canvas) {
        RunOverlay overlay = new RunOverlay(run);
        // While the run plays, the dots' raster carries the canvas's static layer, which is then not drawn.
        overlay.setUnderlay(canvas.runUnderlay());
        // The live lab's hops travel over the same world coordinates as the run's dots.
        LabTripLayer labTrips = new LabTripLayer(lab, name -> {
            NodeSpec n = editor.scenario().node(name);
            return n == null ? null : new javafx.geometry.Point2D(n.x, n.y);
        });
        Group world = new Group(overlay, labTrips);
        Translate translate = new Translate();
        Scale scale = new Scale();
        translate.xProperty().bind(editor.viewport().txProperty());
        translate.yProperty().bind(editor.viewport().tyProperty());
        scale.xProperty().bind(editor.viewport().scaleProperty());
        scale.yProperty().bind(editor.viewport().scaleProperty());
        world.getTransforms().addAll(translate, scale);
        RunHud hud = new RunHud(run);
        hud.setId("run-hud");
        hud.relocate(12, 12);
        Legend legend = new Legend();
        legend.follow(overlay);
        legend.setMaxWidth(360);
        legend.setPrefWrapLength(360);
        legend.getStyleClass().add("run-legend-on-canvas");
        // A key, not a control: clicks, drags and drops go through it to the canvas.
        legend.setMouseTransparent(true);
        // Folded away when the canvas is small or the user switched it off (View › Legend).
        legend.visibleProperty().bind(canvas.legendShown());
        // Bottom left, across from the minimap: on a world map that is the South Pacific, where nodes are
        // rarest (the top left is North America, where they crowd).
        legend.setLayoutX(12);
        legend.layoutYProperty()
                .bind(canvas.overlay()
                        .heightProperty()
                        .subtract(legend.heightProperty())
                        .subtract(12));
        canvas.overlay().getChildren().addAll(world, hud, legend);
        // The figures on the map keep clear of the names, the caption and the legend (#16).
        overlay.setNameBoxes(() -> keepClear(canvas, overlay, hud, legend));
        // Zoom to fit keeps nodes clear of the counters at the top and of the legend and minimap at the bottom.
        canvas.setFitInsets(new Insets(36, 20, 100, 20));
    }

    private void wire() {
        editor.document().addListener(new ScenarioListener() {
            @Override
            public void settingsChanged() {
                lessons.scenarioChanged(editor.scenario());
            }

            @Override
            public void scenarioReplaced(Scenario scenario) {
                lessons.scenarioChanged(scenario);
            }
        });
        run.finishedProperty().addListener((o, was, done) -> {
            RunResult r = run.resultProperty().get();
            if (done && r != null) {
                panels.setLatestRun(r);
                lessons.runFinished(r);
            }
        });
        panels.nodesToSelect().addListener((ListChangeListener<String>) c -> {
            List<NodeSpec> nodes = new ArrayList<>();
            for (String name : panels.nodesToSelect()) {
                NodeSpec n = editor.scenario().node(name);
                if (n != null) {
                    nodes.add(n);
                }
            }
            editor.selection().set(nodes);
            camera.frame(panels.nodesToSelect());
        });
        // The camera keeps a followed request's hops and the event jumped to on screen.
        run.followedProperty().addListener((o, a, t) -> {
            if (t != null) {
                List<String> hops = new ArrayList<>(List.of(t.users().name()));
                t.hops().forEach(h -> hops.add(h.to().name()));
                camera.frame(hops);
            }
        });
        run.timeline().focusProperty().addListener((o, a, e) -> {
            if (e != null && !e.nodes().isEmpty()) {
                camera.frame(e.nodes());
            }
        });
    }

    /** Run controls for the main toolbar row; the delivery model is switched by the editor's toolbar. */
    public Node toolbar() {
        HBox row = new HBox(12, new RunToolbar(run, false));
        row.getStyleClass().add("run-row");
        row.setId("run-row");
        return row;
    }

    /** Take down / bring up, for a node's context menu: a live fault, recorded on the timeline. */
    public List<MenuItem> nodeMenuItems(NodeSpec n) {
        return NodeFaultMenu.items(
                () -> run.isDown(n.name) || lab.isDown(n.name),
                () -> {
                    var unused = run.takeDown(n.name);
                    lab.setDown(n.name, true);
                },
                () -> {
                    var unused = run.bringUp(n.name);
                    lab.setDown(n.name, false);
                });
    }

    /** Previews a traffic log in the Traffic tab (File › Import Traffic…, a dropped log). */
    public void importTraffic(Path log) {
        bottom.getSelectionModel().select(trafficTab);
        traffic.open(log);
    }

    /** The Traffic tab's state. */
    public dev.cdnx.app.traffic.TrafficViewModel traffic() {
        return traffic;
    }

    /** Selects a bottom panel by the name lessons and {@code --show} use. */
    public void openPanel(String name) {
        switch (name) {
            case "metrics" -> bottom.getSelectionModel().select(metricsTab);
            case "trace" -> bottom.getSelectionModel().select(traceTab);
            case "lessons" -> bottom.getSelectionModel().select(lessonsTab);
            case "lab" -> bottom.getSelectionModel().select(labTab);
            case "decision", "cost", "checks", "compare" -> panels.select(name);
            default -> {
                for (Tab t : bottom.getTabs()) {
                    if (PanelTabs.nameOf(t).equals(name)) {
                        bottom.getSelectionModel().select(t);
                    }
                }
            }
        }
    }

    public RunViewModel run() {
        return run;
    }

    /** The live lab (Run → Start Live Lab, the Live Lab tab). */
    public LabViewModel lab() {
        return lab;
    }

    /** Starts the live lab of the drawing on free ports and shows its tab. */
    public void startLab() {
        lab.start(editor.scenario(), 0);
        openPanel("lab");
    }

    /** The canvas's camera: fit the drawing, bring nodes into view (lessons, checks, search). */
    public Camera camera() {
        return camera;
    }

    public PanelsController panels() {
        return panels;
    }

    public LessonsViewModel lessons() {
        return lessons;
    }

    public LessonsPanel lessonsPanel() {
        return lessonsPanel;
    }

    EditorViewModel editor() {
        return editor;
    }
}
