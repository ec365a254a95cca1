package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ScenarioDocument;

/** Adds one node at the end of the node list. */
public final class AddNodeCommand implements Command {

    private final ScenarioDocument doc;
    private final NodeSpec node;

    public AddNodeCommand(ScenarioDocument doc, NodeSpec node) {
        this.doc = doc;
        this.node = node;
    }

    public NodeSpec node() {
        return node;
    }

    @Override
    public void execute() {
        doc.addNode(node, -1);
    }

    @Override
    public void undo() {
        doc.removeNode(node);
    }

    @Override
    public String description() {
        return "Add " + node.name;
    }
}
