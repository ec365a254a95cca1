package dev.cdnx.app.editor;

import dev.cdnx.app.command.Command;
import dev.cdnx.app.command.CommandStack;
import dev.cdnx.app.command.CompoundCommand;
import dev.cdnx.app.editor.commands.AddLinkCommand;
import dev.cdnx.app.editor.commands.AddNodeCommand;
import dev.cdnx.app.editor.commands.MoveNodesCommand;
import dev.cdnx.app.editor.commands.RemoveLinkCommand;
import dev.cdnx.app.editor.commands.RemoveNodeCommand;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.topology.GeoMath;
import dev.cdnx.model.topology.LinkRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the topology editor and every edit it can make, without a single JavaFX node: the
 * document, the one command stack, the selection, the viewport, the problems of the last validation
 * and the log. Every edit is a command; after each one (and each undo/redo) the scenario is validated
 * again, which is cheap.
 */
public final class EditorViewModel {

    public static final double GRID = 20;

    private final ScenarioDocument doc;
    private final CommandStack stack = new CommandStack();
    private final Selection selection = new Selection();
    private final Viewport viewport = new Viewport();
    private final ClipboardSupport clipboard;
    private final SketchEdits sketch = new SketchEdits(this);
    private final NodeDescriptions descriptions = new NodeDescriptions(this);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", false);
    private final BooleanProperty geographic = new SimpleBooleanProperty(this, "geographic", true);
    private final BooleanProperty showMap = new SimpleBooleanProperty(this, "showMap", true);
    private final ObjectProperty<Path> baseDir = new SimpleObjectProperty<>(this, "baseDir");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final ObjectProperty<javafx.geometry.Point2D> pointer = new SimpleObjectProperty<>(this, "pointer");
    private Map<String, List<Problem>> problemsByNode = Map.of();

    public EditorViewModel(Scenario scenario) {
        this.doc = new ScenarioDocument(scenario);
        this.clipboard = new ClipboardSupport(this);
        // The counts follow the selection directly: a link selection or an edit that leaves the problem
        // list unchanged fires no problem event, so listening to problems alone left them stale.
        selection.nodes().addListener((javafx.collections.SetChangeListener<NodeSpec>) c -> recount());
        selection.linkProperty().addListener((o, was, now) -> recount());
        revalidate();
    }

    public ScenarioDocument document() {
        return doc;
    }

    public Scenario scenario() {
        return doc.scenario();
    }

    public CommandStack commands() {
        return stack;
    }

    public Selection selection() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObservableList<String> log() {
        return log;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty geographicProperty() {
        return geographic;
    }

    public BooleanProperty showMapProperty() {
        return showMap;
    }

    public ObjectProperty<Path> baseDirProperty() {
        return baseDir;
    }

    /** The pointer's world position while it is over the canvas, else null; a paste lands there. */
    public ObjectProperty<javafx.geometry.Point2D> pointerProperty() {
        return pointer;
    }

    /** "8 nodes · 7 links · 1 link selected": the status bar's counts, current after every open and edit. */
    public ReadOnlyStringProperty countsProperty() {
        return counts;
    }

    private void recount() {
        int links = scenario().topology.links.size();
        String selected =
                selection.link() != null ? "1 link selected" : selection.nodes().size() + " selected";
        counts.set(scenario().topology.nodes.size() + " nodes · " + links + " links · " + selected);
    }

    /** Replaces the document (new, open, recovery): history cleared, selection cleared. */
    public void replace(Scenario next) {
        selection.clear();
        doc.replace(next);
        stack.clear();
        revalidate();
    }

    // ---- running commands -------------------------------------------------------------------------

    /**
     * Executes a command as one undo step and one change of the document (a batch: listeners hear one event
     * however many nodes it touches). A command that would change nothing is not run.
     */
    public void run(Command c) {
        boolean[] ran = {false};
        doc.batch(() -> ran[0] = stack.execute(c));
        if (ran[0]) {
            afterEdit(c.description());
        }
    }

    public void undo() {
        if (stack.canUndo()) {
            String what = stack.undoTextProperty().get();
            doc.batch(stack::undo);
            dropStaleSelection();
            afterEdit(what);
        }
    }

    public void redo() {
        if (stack.canRedo()) {
            String what = stack.redoTextProperty().get();
            doc.batch(stack::redo);
            dropStaleSelection();
            afterEdit(what);
        }
    }

    private void afterEdit(String what) {
        revalidate();
        info(what);
    }

    private void dropStaleSelection() {
        List<NodeSpec> all = scenario().topology.nodes;
        selection.nodes().removeIf(n -> !all.contains(n));
        if (selection.link() != null && !scenario().topology.links.contains(selection.link())) {
            selection.linkProperty().set(null);
        }
        dev.cdnx.model.scenario.BoxSpec box = selection.box();
        if (box != null
                && scenario().notes.stream().noneMatch(b -> b == box)
                && scenario().regions.stream().noneMatch(b -> b == box)) {
            selection.boxProperty().set(null);
        }
    }

    public void info(String message) {
        status.set(message);
        log.add(message);
        if (log.size() > 2000) {
            log.remove(0, log.size() - 2000);
        }
    }

    /**
     * Checks the scenario as it is now (the values its file could not give it, then the validator's rules)
     * and indexes the problems by node name for the canvas; on a file just opened this is the list the
     * open dialog showed.
     */
    public void revalidate() {
        List<Problem> found = ScenarioIO.check(scenario(), baseDir.get());
        Map<String, List<Problem>> byNode = new HashMap<>();
        for (Problem p : found) {
            if (p.nodeName() != null) {
                byNode.computeIfAbsent(p.nodeName(), k -> new ArrayList<>()).add(p);
            }
        }
        problemsByNode = byNode;
        problems.setAll(found);
        recount();
    }

    /** The problems about one node, empty when it has none. */
    public List<Problem> problemsOf(NodeSpec n) {
        return n.name == null ? List.of() : problemsByNode.getOrDefault(n.name, List.of());
    }

    // ---- edits ------------------------------------------------------------------------------------

    /** Places a new node of a kind at a world position and selects it. */
    public NodeSpec addNode(NodeKind kind, double x, double y) {
        NodeSpec n = new NodeSpec(uniqueName(kind.id()), kind);
        n.x = snap(x);
        n.y = snap(y);
        if (geographic.get()) {
            n.lat = MapProjection.lat(n.y);
            n.lon = MapProjection.lon(n.x);
            n.region = GeoMath.regionOf(n.lat, n.lon);
        }
        switch (kind) {
            case USERS -> n.usersOrDefault();
            case EDGE, SHIELD -> n.cacheOrDefault();
            case ORIGIN -> n.originOrDefault();
            case STEERING -> n.steeringOrDefault();
            default -> {}
        }
        run(new AddNodeCommand(doc, n));
        selection.set(List.of(n));
        return n;
    }

    /** A name not yet taken: {@code base-1}, {@code base-2}, … (or {@code base} kept when free). */
    public String uniqueName(String base) {
        return uniqueName(base, java.util.Set.of());
    }

    /** As {@link #uniqueName(String)}, also avoiding names about to be added. */
    public String uniqueName(String base, java.util.Collection<String> alsoTaken) {
        String stem = base.replaceAll("-\\d+$", "");
        if (!base.equals(stem) && scenario().node(base) == null && !alsoTaken.contains(base)) {
            return base;
        }
        for (int i = 1; ; i++) {
            String candidate = stem + "-" + i;
            if (scenario().node(candidate) == null && !alsoTaken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Why a link from {@code from} to {@code to} cannot be drawn, or null when it can. */
    public String linkRefusal(NodeSpec from, NodeSpec to) {
        if (from == to) {
            return "a node cannot link to itself";
        }
        String reason = LinkRules.reasonRefused(from.kind, to.kind);
        if (reason != null) {
            return reason;
        }
        for (LinkSpec l : scenario().topology.links) {
            if (from.name.equals(l.from) && to.name.equals(l.to)) {
                return from.name + " already links to " + to.name;
            }
        }
        return null;
    }

    /** Links two nodes when the model's link rules allow it; otherwise returns the reason refused. */
    public String connect(NodeSpec from, NodeSpec to) {
        String refused = linkRefusal(from, to);
        if (refused != null) {
            info("Link refused: " + refused);
            return refused;
        }
        LinkSpec link = new LinkSpec(from.name, to.name);
        run(new AddLinkCommand(doc, link));
        selection.selectLink(link);
        return null;
    }

    /** Moves the given nodes by a world offset, snapped when snapping is on, as one step. */
    public void moveBy(List<NodeSpec> nodes, double dx, double dy) {
        Map<NodeSpec, double[]> to = new LinkedHashMap<>();
        for (NodeSpec n : nodes) {
            to.put(n, new double[] {snap(n.x + dx), snap(n.y + dy)});
        }
        moveTo(to, nodes.size() == 1 ? "Move " + nodes.get(0).name : "Move " + nodes.size() + " nodes");
    }

    public void moveTo(Map<NodeSpec, double[]> to, String description) {
        if (!to.isEmpty()) {
            run(new MoveNodesCommand(doc, to, geographic.get(), description));
        }
    }

    public double snap(double v) {
        return snapToGrid.get() ? Layouts.snap(v, GRID) : v;
    }

    public void deleteSelection() {
        List<Command> parts = new ArrayList<>();
        if (selection.link() != null) {
            parts.add(new RemoveLinkCommand(doc, selection.link()));
        }
        if (selection.box() != null) {
            parts.add(sketch.removal(selection.box()));
        }
        for (NodeSpec n : selection.nodeList()) {
            parts.add(new RemoveNodeCommand(doc, n));
        }
        if (parts.isEmpty()) {
            return;
        }
        String what = parts.size() == 1 ? parts.get(0).description() : "Delete " + parts.size() + " items";
        selection.clear();
        run(new CompoundCommand(what, parts));
    }

    public void selectAll() {
        selection.set(scenario().topology.nodes);
    }

    public void align(Layouts.Align how) {
        List<NodeSpec> nodes = selection.nodeList();
        if (nodes.size() >= 2) {
            moveTo(Layouts.align(nodes, how), "Align " + how.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Spreads the selected nodes evenly along an axis (0 horizontal, 1 vertical): one undo step. */
    public void distribute(int axis) {
        Map<NodeSpec, double[]> to = Guides.distribute(selection.nodeList(), axis);
        if (!to.isEmpty()) {
            moveTo(to, axis == 0 ? "Distribute horizontally" : "Distribute vertically");
        }
    }

    /** Lays the whole drawing out in columns by tier (lat/lon are kept: this is a diagram view). */
    public void autoLayout() {
        Map<NodeSpec, double[]> to = Layouts.byTier(scenario().topology.nodes);
        if (!to.isEmpty()) {
            run(new MoveNodesCommand(doc, to, false, "Auto-layout by tier"));
        }
    }

    /** Puts every node with lat/lon back at its place on the map. */
    public void placeOnMap() {
        Map<NodeSpec, double[]> to = Layouts.onMap(scenario().topology.nodes);
        if (!to.isEmpty()) {
            run(new MoveNodesCommand(doc, to, false, "Place nodes on the map"));
        }
    }

    public ClipboardSupport clipboard() {
        return clipboard;
    }

    /** What a screen reader says about each node. */
    public NodeDescriptions descriptions() {
        return descriptions;
    }

    /** The edits of notes and regions. */
    public SketchEdits sketch() {
        return sketch;
    }

    /** The links whose both ends are in the given nodes. */
    public List<LinkSpec> linksWithin(List<NodeSpec> nodes) {
        List<String> names = nodes.stream().map(n -> n.name).toList();
        return scenario().topology.links.stream()
                .filter(l -> names.contains(l.from) && names.contains(l.to))
                .toList();
    }
}
