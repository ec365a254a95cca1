package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.ScenarioDocument;

/** Removes a note or a region; undo puts it back at its place in the list. */
public final class RemoveBoxCommand implements Command {

    private final ScenarioDocument doc;
    private final BoxSpec box;
    private int index = -1;

    public RemoveBoxCommand(ScenarioDocument doc, BoxSpec box) {
        this.doc = doc;
        this.box = box;
    }

    @Override
    public void execute() {
        doc.updateSketch(s -> index = BoxLists.remove(s, box));
    }

    @Override
    public void undo() {
        doc.updateSketch(s -> BoxLists.add(s, box, index));
    }

    @Override
    public String description() {
        return "Delete " + BoxLists.title(box);
    }
}
