package dev.cdnx.app.editor;

import dev.cdnx.app.command.Command;
import dev.cdnx.app.command.CompoundCommand;
import dev.cdnx.app.editor.commands.AddLinkCommand;
import dev.cdnx.app.editor.commands.AddNodeCommand;
import dev.cdnx.app.editor.commands.NodeCopies;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Cut, copy, paste and duplicate of nodes with the links among them. The clipboard holds copies, so
 * editing after a copy does not change what is pasted; each paste gets fresh unique names and lands a
 * little further down and to the right.
 */
public final class ClipboardSupport {

    private static final double OFFSET = 40;

    private final EditorViewModel vm;
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final List<LinkSpec> links = new ArrayList<>();
    private final ReadOnlyBooleanWrapper full = new ReadOnlyBooleanWrapper(this, "full");
    private int pastes;

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

    public void paste() {
        if (nodes.isEmpty()) {
            return;
        }
        pastes++;
        List<NodeSpec> added = insert(nodes, links, OFFSET * pastes, "Paste");
        vm.selection().set(added);
    }

    public void duplicate() {
        List<NodeSpec> sel = vm.selection().nodeList();
        if (sel.isEmpty()) {
            return;
        }
        List<NodeSpec> added = insert(sel, vm.linksWithin(sel), OFFSET, "Duplicate");
        vm.selection().set(added);
    }

    private List<NodeSpec> insert(List<NodeSpec> src, List<LinkSpec> srcLinks, double offset, String verb) {
        Map<String, String> names = new HashMap<>();
        List<Command> parts = new ArrayList<>();
        List<NodeSpec> added = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (NodeSpec s : src) {
            NodeSpec n = NodeCopies.copy(s);
            String name = vm.uniqueName(s.name, taken);
            taken.add(name);
            names.put(s.name, name);
            n.name = name;
            n.x = vm.snap(s.x + offset);
            n.y = vm.snap(s.y + offset);
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
        vm.run(new CompoundCommand(verb + " " + added.size() + (added.size() == 1 ? " node" : " nodes"), parts));
        return added;
    }
}
