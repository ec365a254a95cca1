package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The editor without a mouse, while the canvas has the keyboard focus. The focused node is the one
 * selected node; a screen reader hears its description ({@link NodeDescriptions}) each time it changes.
 * <ul>
 * <li>Tab / Shift+Tab: focus the next / previous node (after the last one, Tab leaves the canvas);
 * Alt+arrow: the nearest node in that direction.</li>
 * <li>Arrows: move the selected nodes (or note or region) by {@link #STEP}; with Shift by {@link #BIG_STEP}.</li>
 * <li>U, E, S, O, D: add users, an edge, a shield, an origin or DNS steering beside the focused node,
 * linked from it when the link rules allow, and focus it (at the centre of the view when none is
 * focused).</li>
 * <li>L: link the focused node to another chosen by name; Ctrl+F finds a node.</li>
 * <li>N: add a note; R: add a region (around the selected nodes); F2: edit the selected note or region.</li>
 * </ul>
 * Delete, undo and the rest are the menus' shortcuts.
 */
public final class KeyboardEditing {

    /** One arrow-key move, in world units. */
    public static final double STEP = 10;
    /** One Shift+arrow move. */
    public static final double BIG_STEP = 50;
    /** How far right of the focused node a node added from the keyboard lands. */
    public static final double ADD_OFFSET = 120;

    private static final Map<KeyCode, NodeKind> KINDS = Map.of(
            KeyCode.U,
            NodeKind.USERS,
            KeyCode.E,
            NodeKind.EDGE,
            KeyCode.S,
            NodeKind.SHIELD,
            KeyCode.O,
            NodeKind.ORIGIN,
            KeyCode.D,
            NodeKind.STEERING);

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private final FindNodePopup find;

    public KeyboardEditing(CanvasView canvas, EditorViewModel vm, FindNodePopup find) {
        this.canvas = canvas;
        this.vm = vm;
        this.find = find;
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        vm.selection().nodes().addListener((javafx.collections.SetChangeListener<NodeSpec>) c -> announce());
        vm.document().addListener(new dev.cdnx.model.scenario.ScenarioChanges(this::announce));
        canvas.setAccessibleRoleDescription("topology editor");
        canvas.setAccessibleHelp("Tab moves between nodes; U, E, S, O, D add a node; L links; Ctrl+F finds; "
                + "arrows move; Delete removes");
        announce();
    }

    /** The focused node: the only selected one, or null. */
    public NodeSpec focused() {
        List<NodeSpec> sel = vm.selection().nodeList();
        return sel.size() == 1 ? sel.get(0) : null;
    }

    private void announce() {
        NodeSpec n = focused();
        canvas.setAccessibleText(
                n == null
                        ? "Topology canvas, " + vm.scenario().topology.nodes.size() + " nodes; Tab moves between them"
                        : vm.descriptions().describe(n));
    }

    private void pressed(KeyEvent e) {
        if (e.isShortcutDown()) {
            return;
        }
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.TAB) {
            handled = cycle(e.isShiftDown() ? -1 : 1);
        } else if (k.isArrowKey() && e.isAltDown()) {
            focusToward(k);
        } else if (k.isArrowKey()) {
            double step = e.isShiftDown() ? BIG_STEP : vm.snapToGridProperty().get() ? EditorViewModel.GRID : STEP;
            moveSelection(
                    k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0,
                    k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0);
        } else if (KINDS.containsKey(k) && !e.isAltDown()) {
            addBeside(KINDS.get(k));
        } else if (k == KeyCode.L && focused() != null) {
            NodeSpec from = focused();
            find.showFromLetterKey("Link " + from.name + " to", to -> {
                vm.connect(from, to);
                vm.selection().set(List.of(to));
            });
        } else if (k == KeyCode.N) {
            Point2D at = anchor();
            vm.sketch().addNote(at.getX(), at.getY() + 40, "Note");
        } else if (k == KeyCode.R) {
            Point2D at = anchor();
            vm.sketch().addRegion(at.getX(), at.getY(), "Region");
        } else if (k == KeyCode.F2 && vm.selection().box() != null) {
            BoxWordsEditor.edit(canvas, vm.selection().box());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Focuses the next node in list order; false (the key goes on, leaving the canvas) after the last. */
    boolean cycle(int direction) {
        List<NodeSpec> nodes = vm.scenario().topology.nodes;
        if (nodes.isEmpty()) {
            return false;
        }
        NodeSpec now = focused();
        int i = now == null ? (direction > 0 ? -1 : nodes.size()) : nodes.indexOf(now);
        int next = i + direction;
        if (next < 0 || next >= nodes.size()) {
            vm.selection().clear();
            return false;
        }
        focus(nodes.get(next));
        return true;
    }

    private void focus(NodeSpec n) {
        vm.selection().set(List.of(n));
        Point2D p = vm.viewport().toScreen(n.x, n.y);
        if (p.getX() < 40 || p.getY() < 40 || p.getX() > canvas.getWidth() - 40 || p.getY() > canvas.getHeight() - 40) {
            FindNodePopup.centreWithViewport(canvas, n);
        }
    }

    /** Focuses the nearest node whose direction from the focused one is within 45° of the arrow's. */
    void focusToward(KeyCode arrow) {
        NodeSpec from = focused();
        if (from == null) {
            cycle(1);
            return;
        }
        double ux = arrow == KeyCode.LEFT ? -1 : arrow == KeyCode.RIGHT ? 1 : 0;
        double uy = arrow == KeyCode.UP ? -1 : arrow == KeyCode.DOWN ? 1 : 0;
        NodeSpec best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (NodeSpec n : vm.scenario().topology.nodes) {
            double dx = n.x - from.x;
            double dy = n.y - from.y;
            double d = Math.hypot(dx, dy);
            if (n == from || d == 0 || (dx * ux + dy * uy) / d < Math.cos(Math.PI / 4)) {
                continue;
            }
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        if (best != null) {
            focus(best);
        }
    }

    private void moveSelection(double dx, double dy) {
        BoxSpec box = vm.selection().box();
        if (box != null) {
            vm.sketch().moveBy(box, dx, dy);
        } else if (!vm.selection().nodes().isEmpty()) {
            vm.moveBy(vm.selection().nodeList(), dx, dy);
        } else {
            cycle(1);
        }
    }

    /** Adds a node of a kind right of the focused node, linked from it when allowed, and focuses it. */
    NodeSpec addBeside(NodeKind kind) {
        NodeSpec from = focused();
        Point2D at = from == null ? canvas.centreInWorld() : new Point2D(from.x + ADD_OFFSET, from.y);
        NodeSpec added = vm.addNode(kind, at.getX(), at.getY());
        if (from != null && vm.linkRefusal(from, added) == null) {
            vm.connect(from, added);
        }
        vm.selection().set(List.of(added));
        return added;
    }

    private Point2D anchor() {
        NodeSpec n = focused();
        return n == null ? canvas.centreInWorld() : new Point2D(n.x, n.y);
    }
}
