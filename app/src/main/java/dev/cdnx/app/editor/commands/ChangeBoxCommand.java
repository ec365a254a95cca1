package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import dev.cdnx.model.scenario.ScenarioDocument;

/** Moves, resizes or rewords a note or a region as one step. */
public final class ChangeBoxCommand implements Command {

    /** Everything about a box that an edit can change. */
    public record Shape(double x, double y, double width, double height, String words) {

        public static Shape of(BoxSpec b) {
            return new Shape(b.x, b.y, b.width, b.height, b.words());
        }

        public Shape movedBy(double dx, double dy) {
            return new Shape(x + dx, y + dy, width, height, words);
        }

        public Shape sized(double w, double h) {
            return new Shape(x, y, Math.max(BoxSpec.MIN_SIZE, w), Math.max(BoxSpec.MIN_SIZE, h), words);
        }

        public Shape worded(String text) {
            return new Shape(x, y, width, height, text);
        }
    }

    private final ScenarioDocument doc;
    private final BoxSpec box;
    private final Shape before;
    private final Shape after;
    private final String description;

    public ChangeBoxCommand(ScenarioDocument doc, BoxSpec box, Shape after, String description) {
        this.doc = doc;
        this.box = box;
        this.before = Shape.of(box);
        this.after = after;
        this.description = description;
    }

    @Override
    public void execute() {
        apply(after);
    }

    @Override
    public void undo() {
        apply(before);
    }

    private void apply(Shape to) {
        doc.updateSketch(s -> {
            box.x = Math.round(to.x() * 10) / 10.0;
            box.y = Math.round(to.y() * 10) / 10.0;
            box.width = Math.round(to.width() * 10) / 10.0;
            box.height = Math.round(to.height() * 10) / 10.0;
            if (box instanceof NoteSpec n) {
                n.text = to.words();
            } else if (box instanceof RegionSpec r) {
                r.label = to.words();
            }
        });
    }

    @Override
    public String description() {
        return description;
    }
}
