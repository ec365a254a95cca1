package dev.cdnx.app.editor;

import dev.cdnx.app.command.Command;
import dev.cdnx.app.command.CompoundCommand;
import dev.cdnx.app.editor.commands.AddBoxCommand;
import dev.cdnx.app.editor.commands.ChangeBoxCommand;
import dev.cdnx.app.editor.commands.ChangeBoxCommand.Shape;
import dev.cdnx.app.editor.commands.MoveNodesCommand;
import dev.cdnx.app.editor.commands.RemoveBoxCommand;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits of notes and regions, each one undo step. A region groups the nodes whose centre lies inside
 * it: moving the region moves them along, and duplicating it copies them with the links among them (draw
 * a region around a PoP cluster, duplicate it, drag the copy to Asia).
 */
public final class SketchEdits {

    /** Room left between the nodes and the border of a region drawn around them. */
    static final double PADDING = 50;
    /** Gap between a region and its duplicate, which is placed to its right. */
    static final double DUPLICATE_GAP = 40;

    private final EditorViewModel vm;

    SketchEdits(EditorViewModel vm) {
        this.vm = vm;
    }

    /** Adds a note with its top-left corner at a world point and selects it. */
    public NoteSpec addNote(double x, double y, String text) {
        NoteSpec n = new NoteSpec(text, vm.snap(x), vm.snap(y));
        vm.run(new AddBoxCommand(vm.document(), n));
        vm.selection().selectBox(n);
        return n;
    }

    /**
     * Adds a region around the selected nodes (with some room), or a default-sized one at a world point
     * when no node is selected, and selects it.
     */
    public RegionSpec addRegion(double x, double y, String label) {
        List<NodeSpec> around = vm.selection().nodeList();
        RegionSpec r;
        if (around.isEmpty()) {
            r = new RegionSpec(label, vm.snap(x), vm.snap(y), 300, 200);
        } else {
            double minX = around.stream().mapToDouble(n -> n.x).min().orElse(x);
            double minY = around.stream().mapToDouble(n -> n.y).min().orElse(y);
            double maxX = around.stream().mapToDouble(n -> n.x).max().orElse(x);
            double maxY = around.stream().mapToDouble(n -> n.y).max().orElse(y);
            r = new RegionSpec(
                    label, minX - PADDING, minY - PADDING, maxX - minX + 2 * PADDING, maxY - minY + 2 * PADDING);
        }
        vm.run(new AddBoxCommand(vm.document(), r));
        vm.selection().selectBox(r);
        return r;
    }

    /** The nodes a region groups: those whose centre lies inside it. Empty for a note. */
    public List<NodeSpec> nodesIn(BoxSpec box) {
        if (!(box instanceof RegionSpec)) {
            return List.of();
        }
        return vm.scenario().topology.nodes.stream()
                .filter(n -> box.contains(n.x, n.y))
                .toList();
    }

    /** Moves a box by a world offset; a region takes the nodes inside it along, in the same step. */
    public void moveBy(BoxSpec box, double dx, double dy) {
        Shape to = Shape.of(box).movedBy(dx, dy);
        to = new Shape(vm.snap(to.x()), vm.snap(to.y()), to.width(), to.height(), to.words());
        double sdx = to.x() - box.x;
        double sdy = to.y() - box.y;
        List<Command> parts = new ArrayList<>();
        List<NodeSpec> inside = nodesIn(box);
        parts.add(new ChangeBoxCommand(vm.document(), box, to, "Move " + what(box)));
        if (!inside.isEmpty()) {
            Map<NodeSpec, double[]> targets = new LinkedHashMap<>();
            inside.forEach(n -> targets.put(n, new double[] {n.x + sdx, n.y + sdy}));
            parts.add(new MoveNodesCommand(
                    vm.document(), targets, vm.geographicProperty().get(), ""));
        }
        String description = "Move " + what(box) + (inside.isEmpty() ? "" : " with " + count(inside.size()));
        vm.run(new CompoundCommand(description, parts));
    }

    /** Gives a box a new width and height (never below {@link BoxSpec#MIN_SIZE}). */
    public void resize(BoxSpec box, double width, double height) {
        vm.run(new ChangeBoxCommand(vm.document(), box, Shape.of(box).sized(width, height), "Resize " + what(box)));
    }

    /** Changes a note's text or a region's label. */
    public void reword(BoxSpec box, String words) {
        if (!words.equals(box.words())) {
            vm.run(new ChangeBoxCommand(vm.document(), box, Shape.of(box).worded(words), "Edit " + what(box)));
        }
    }

    /** The command that deletes a box (the nodes inside a region stay). */
    Command removal(BoxSpec box) {
        return new RemoveBoxCommand(vm.document(), box);
    }

    /**
     * Duplicates a region to its right, with copies of the nodes inside it and the links among them, as
     * one step; selects the copy, ready to be dragged where the cluster is wanted.
     */
    public RegionSpec duplicateRegion(RegionSpec region) {
        double dx = region.width + DUPLICATE_GAP;
        RegionSpec copy = new RegionSpec(region.label, region.x + dx, region.y, region.width, region.height);
        List<NodeSpec> inside = nodesIn(region);
        List<NodeSpec> added = new ArrayList<>();
        List<Command> parts = new ArrayList<>();
        parts.add(new AddBoxCommand(vm.document(), copy));
        parts.addAll(vm.clipboard().copyCommands(inside, vm.linksWithin(inside), dx, 0, added));
        vm.run(new CompoundCommand("Duplicate " + what(region) + " with " + count(inside.size()), parts));
        vm.selection().selectBox(copy);
        return copy;
    }

    private static String what(BoxSpec box) {
        String words = box.words().strip();
        String kind = box instanceof NoteSpec ? "note" : "region";
        return words.isEmpty() || words.length() > 24 ? kind : kind + " " + words;
    }

    private static String count(int n) {
        return n + (n == 1 ? " node" : " nodes");
    }
}
