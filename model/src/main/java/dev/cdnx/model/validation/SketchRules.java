package dev.cdnx.model.validation;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/**
 * The notes and regions drawn on the canvas. The engine never reads them, so nothing here stops a run:
 * a box too small to see or grab, or one without words, is an error the editor can point at, and a text
 * longer than a note can show is a warning.
 */
final class SketchRules {

    /** Longer texts no longer fit a note of sensible size; the person is told, not refused. */
    static final int LONG_TEXT = 500;

    private final Scenario s;
    private final List<Problem> out;

    SketchRules(Scenario s, List<Problem> out) {
        this.s = s;
        this.out = out;
    }

    void check() {
        checkAll(s.regions, "regions", "label");
        checkAll(s.notes, "notes", "text");
    }

    private void checkAll(List<? extends BoxSpec> boxes, String list, String wordsField) {
        if (boxes == null) {
            return;
        }
        for (int i = 0; i < boxes.size(); i++) {
            BoxSpec b = boxes.get(i);
            String path = list + "[" + i + "]";
            if (b == null) {
                continue;
            }
            checkSize(b.width, path + ".width");
            checkSize(b.height, path + ".height");
            if (!Double.isFinite(b.x) || !Double.isFinite(b.y)) {
                out.add(Problem.error(
                        path + ".x",
                        "the box's position is not a finite number",
                        "write canvas coordinates such as \"x\": 100, \"y\": 80"));
            }
            String words = wordsOf(b);
            if (words == null) {
                out.add(Problem.error(
                        path + "." + wordsField,
                        "the " + wordsField + " is missing",
                        "write \"" + wordsField + "\": \"…\" (an empty text \"\" is allowed)"));
            } else if (words.length() > LONG_TEXT) {
                out.add(Problem.warning(
                        path + "." + wordsField,
                        "the " + wordsField + " has " + words.length() + " characters; a box shows about " + LONG_TEXT,
                        "shorten it, or split it into several notes"));
            }
        }
    }

    private static String wordsOf(BoxSpec b) {
        return b instanceof dev.cdnx.model.scenario.NoteSpec n
                ? n.text
                : b instanceof dev.cdnx.model.scenario.RegionSpec r ? r.label : null;
    }

    private void checkSize(double v, String path) {
        if (!(v >= BoxSpec.MIN_SIZE)) {
            out.add(Problem.error(
                    path,
                    "a box must be at least " + (int) BoxSpec.MIN_SIZE + " units wide and high (it is " + v + ")",
                    "write " + (int) BoxSpec.MIN_SIZE + " or more, or drag the box's corner in the editor"));
        }
    }
}
