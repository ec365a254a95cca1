package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.ScenarioDocument;

/** Adds one link at the end of the link list. */
public final class AddLinkCommand implements Command {

    private final ScenarioDocument doc;
    private final LinkSpec link;

    public AddLinkCommand(ScenarioDocument doc, LinkSpec link) {
        this.doc = doc;
        this.link = link;
    }

    @Override
    public void execute() {
        doc.addLink(link, -1);
    }

    @Override
    public void undo() {
        doc.removeLink(link);
    }

    @Override
    public String description() {
        return "Link " + link;
    }
}
