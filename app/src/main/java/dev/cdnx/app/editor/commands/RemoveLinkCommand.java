package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.ScenarioDocument;

/** Removes one link; undo puts it back at its former place in the list. */
public final class RemoveLinkCommand implements Command {

    private final ScenarioDocument doc;
    private final LinkSpec link;
    private int index = -1;

    public RemoveLinkCommand(ScenarioDocument doc, LinkSpec link) {
        this.doc = doc;
        this.link = link;
    }

    @Override
    public void execute() {
        index = doc.removeLink(link);
    }

    @Override
    public void undo() {
        doc.addLink(link, index);
    }

    @Override
    public String description() {
        return "Delete link " + link;
    }
}
