package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes settings of one or more nodes (a property-sheet edit). The change runs once; undo and redo
 * restore snapshots taken before and after, so the change function need not be reversible.
 */
public final class ChangeNodesCommand implements Command {

    private final ScenarioDocument doc;
    private final List<NodeSpec> nodes;
    private final Consumer<NodeSpec> change;
    private final String description;
    private final List<NodeSpec> before = new ArrayList<>();
    private List<NodeSpec> after;

    public ChangeNodesCommand(
            ScenarioDocument doc, List<NodeSpec> nodes, String description, Consumer<NodeSpec> change) {
        this.doc = doc;
        this.nodes = List.copyOf(nodes);
        this.description = description;
        this.change = change;
        for (NodeSpec n : nodes) {
            before.add(NodeCopies.copy(n));
        }
    }

    @Override
    public void execute() {
        if (after == null) {
            after = new ArrayList<>();
            for (NodeSpec n : nodes) {
                doc.updateNode(n, change);
                after.add(NodeCopies.copy(n));
            }
        } else {
            restore(after);
        }
    }

    @Override
    public void undo() {
        restore(before);
    }

    private void restore(List<NodeSpec> snapshots) {
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec s = snapshots.get(i);
            doc.updateNode(nodes.get(i), n -> NodeCopies.assign(n, s));
        }
    }

    @Override
    public String description() {
        return description;
    }
}
