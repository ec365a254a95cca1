package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.ArrayList;
import java.util.List;

/** Renames a node and every link end and fault target that names it. */
public final class RenameNodeCommand implements Command {

    private final ScenarioDocument doc;
    private final NodeSpec node;
    private final String oldName;
    private final String newName;

    public RenameNodeCommand(ScenarioDocument doc, NodeSpec node, String newName) {
        this.doc = doc;
        this.node = node;
        this.oldName = node.name;
        this.newName = newName;
    }

    @Override
    public void execute() {
        rename(oldName, newName);
    }

    @Override
    public void undo() {
        rename(newName, oldName);
    }

    private void rename(String from, String to) {
        List<LinkSpec> touched = new ArrayList<>();
        for (LinkSpec l : doc.scenario().topology.links) {
            if (from.equals(l.from) || from.equals(l.to)) {
                touched.add(l);
            }
        }
        doc.updateNode(node, n -> n.name = to);
        for (LinkSpec l : touched) {
            doc.updateLink(l, link -> {
                if (from.equals(link.from)) {
                    link.from = to;
                }
                if (from.equals(link.to)) {
                    link.to = to;
                }
            });
        }
        if (doc.scenario().faults != null) {
            doc.updateSettings(s -> {
                for (FaultSpec f : s.faults) {
                    if (from.equals(f.target)) {
                        f.target = to;
                    }
                }
            });
        }
    }

    @Override
    public String description() {
        return "Rename " + oldName + " to " + newName;
    }
}
