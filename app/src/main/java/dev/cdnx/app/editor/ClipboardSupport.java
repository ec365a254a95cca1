package dev.cdnx.app.editor;

import dev.cdnx.app.command.Command;
import dev.cdnx.app.command.CompoundCommand;
import dev.cdnx.app.editor.commands.AddLinkCommand;
import dev.cdnx.app.editor.commands.AddNodeCommand;
import dev.cdnx.app.editor.commands.NodeCopies;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;

/**
 * Cut, copy, paste and duplicate of nodes with the links among them. The clipboard holds copies, so
 * editing after a copy does not change what is pasted; each paste gets fresh unique names. As in draw.io,
 * a paste lands where the pointer is (the group centred on it); a paste without a pointer on the canvas,
 * or a repeated paste at the same spot, lands a little further down and to the right, never on the
 * originals or the previous copy.
 */
public final class ClipboardSupport {

    private static final double OFFSET = 40;

    private final EditorViewModel vm;
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final List<LinkSpec> links = new ArrayList<>();
    private final ReadOnlyBooleanWrapper full = new ReadOnlyBooleanWrapper(this, "full");
    private int pastes;
    /** Where the last paste was centred, to cascade a repeated paste at the same pointer. */
    private Point2D lastPasteAt;

    ClipboardSupport(EditorViewModel vm) {
        this.vm = vm;
    }

    public ReadOnlyBooleanProperty fullProperty() {
        return full.getReadOnlyProperty();
    }

    public void copy() {
        List<NodeSpec> sel = vm.selection().nodeList();
        if (sel.isEmpty()) {
            return;
        }
        nodes.clear();
        links.clear();
        sel.forEach(n -> nodes.add(NodeCopies.copy(n)));
        vm.linksWithin(sel).forEach(l -> links.add(NodeCopies.copy(l)));
        pastes = 0;
        lastPasteAt = null;
        full.set(true);
        vm.info("Copied " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes"));
    }

    public void cut() {
        copy();
        if (!nodes.isEmpty()) {
            pastes = -1;
            vm.deleteSelection();
        }
    }

    /**
     * Pastes at the pointer when it is over the canvas away from the copied nodes; else (no pointer, or the
     * pointer still on what was just copied) offset from the copied nodes, so the copy never hides them.
     */
    public void paste() {
        Point2D pointer = vm.pointerProperty().get();
        if (pointer == null || onCopied(pointer)) {
            pasteOffset();
        } else {
            pasteAt(pointer.getX(), pointer.getY());
        }
    }

    /**
     * Pastes with the copied group's centre on a world point (the context menu's "Paste Here"); pasting
     * again at the same point cascades by the offset.
     */
    public void pasteAt(double x, double y) {
        if (nodes.isEmpty()) {
            return;
        }
        Point2D at = new Point2D(x, y);
        pastes = at.equals(lastPasteAt) ? pastes + 1 : 0;
        lastPasteAt = at;
        double cx = nodes.stream().mapToDouble(n -> n.x).average().orElse(x);
        double cy = nodes.stream().mapToDouble(n -> n.y).average().orElse(y);
        double cascade = OFFSET * pastes;
        vm.selection().set(insert(nodes, links, x - cx + cascade, y - cy + cascade, "Paste"));
    }

    private boolean onCopied(Point2D p) {
        return nodes.stream().anyMatch(n -> Math.abs(n.x - p.getX()) < OFFSET && Math.abs(n.y - p.getY()) < OFFSET);
    }

    private void pasteOffset() {
        if (nodes.isEmpty()) {
            return;
        }
        pastes++;
        lastPasteAt = null;
        vm.selection().set(insert(nodes, links, OFFSET * pastes, OFFSET * pastes, "Paste"));
    }

    public void duplicate() {
        List<NodeSpec> sel = vm.selection().nodeList();
        if (sel.isEmpty()) {
            return;
        }
        List<NodeSpec> added = insert(sel, vm.linksWithin(sel), OFFSET, OFFSET, "Duplicate");
        vm.selection().set(added);
    }

    private List<NodeSpec> insert(List<NodeSpec> src, List<LinkSpec> srcLinks, double dx, double dy, String verb) {
        List<NodeSpec> added = new ArrayList<>();
        List<Command> parts = copyCommands(src, srcLinks, dx, dy, added);
        vm.run(new CompoundCommand(verb + " " + added.size() + (added.size() == 1 ? " node" : " nodes"), parts));
        return added;
    }

    /**
     * The commands that add copies of nodes (fresh unique names, moved by a world offset) and of the links
     * among them; the copies are appended to {@code added}. Nothing runs until the caller runs them.
     */
    List<Command> copyCommands(
            List<NodeSpec> src, List<LinkSpec> srcLinks, double dx, double dy, List<NodeSpec> added) {
        Map<String, String> names = new HashMap<>();
        List<Command> parts = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (NodeSpec s : src) {
            NodeSpec n = NodeCopies.copy(s);
            String name = vm.uniqueName(s.name, taken);
            taken.add(name);
            names.put(s.name, name);
            n.name = name;
            n.x = vm.snap(s.x + dx);
            n.y = vm.snap(s.y + dy);
            if (vm.geographicProperty().get() && s.hasGeo()) {
                n.lat = MapProjection.lat(n.y);
                n.lon = MapProjection.lon(n.x);
            }
            parts.add(new AddNodeCommand(vm.document(), n));
            added.add(n);
        }
        for (LinkSpec l : srcLinks) {
            parts.add(new AddLinkCommand(vm.document(), new LinkSpec(names.get(l.from), names.get(l.to), l.rtt)));
        }
        return parts;
    }
}
