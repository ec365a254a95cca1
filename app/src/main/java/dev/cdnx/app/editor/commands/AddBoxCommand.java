package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.ScenarioDocument;

/** Adds a note or a region at the end of its list. */
public final class AddBoxCommand implements Command {

    private final ScenarioDocument doc;
    private final BoxSpec box;

    public AddBoxCommand(ScenarioDocument doc, BoxSpec box) {
        this.doc = doc;
        this.box = box;
    }

    public BoxSpec box() {
        return box;
    }

    @Override
    public void execute() {
        doc.updateSketch(s -> BoxLists.add(s, box, -1));
    }

    @Override
    public void undo() {
        doc.updateSketch(s -> BoxLists.remove(s, box));
    }

    @Override
    public String description() {
        return "Add " + BoxLists.kind(box);
    }
}
