package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.ArrayList;
import java.util.List;

/** Removes a node and the links that touch it; undo puts all of them back at their former places. */
public final class RemoveNodeCommand implements Command {

    private final ScenarioDocument doc;
    private final NodeSpec node;
    private final List<LinkSpec> links = new ArrayList<>();
    private final List<Integer> linkIndexes = new ArrayList<>();
    private int nodeIndex = -1;

    public RemoveNodeCommand(ScenarioDocument doc, NodeSpec node) {
        this.doc = doc;
        this.node = node;
    }

    @Override
    public void execute() {
        links.clear();
        linkIndexes.clear();
        for (LinkSpec l : doc.linksOf(node)) {
            links.add(l);
        }
        // Remove from the back so the recorded indexes stay valid for a forward re-insert.
        List<Integer> idx = new ArrayList<>();
        for (LinkSpec l : links) {
            idx.add(doc.scenario().topology.links.indexOf(l));
        }
        for (int i = links.size() - 1; i >= 0; i--) {
            doc.removeLink(links.get(i));
        }
        linkIndexes.addAll(idx);
        nodeIndex = doc.removeNode(node);
    }

    @Override
    public void undo() {
        doc.addNode(node, nodeIndex);
        for (int i = 0; i < links.size(); i++) {
            doc.addLink(links.get(i), linkIndexes.get(i));
        }
    }

    @Override
    public String description() {
        return "Delete " + node.name;
    }
}
