package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.SimDuration;

/** Sets a link's typed RTT, or clears it (null) so the RTT is derived from distance. */
public final class ChangeLinkCommand implements Command {

    private final ScenarioDocument doc;
    private final LinkSpec link;
    private final SimDuration before;
    private final SimDuration after;

    public ChangeLinkCommand(ScenarioDocument doc, LinkSpec link, SimDuration rtt) {
        this.doc = doc;
        this.link = link;
        this.before = link.rtt;
        this.after = rtt;
    }

    @Override
    public void execute() {
        doc.updateLink(link, l -> l.rtt = after);
    }

    @Override
    public void undo() {
        doc.updateLink(link, l -> l.rtt = before);
    }

    @Override
    public String description() {
        return "Set RTT of " + link;
    }
}
