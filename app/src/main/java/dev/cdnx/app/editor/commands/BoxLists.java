package dev.cdnx.app.editor.commands;

import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import dev.cdnx.model.scenario.Scenario;

/** Where a box lives in the scenario: a note in {@code notes}, a region in {@code regions}. */
final class BoxLists {

    private BoxLists() {}

    static void add(Scenario s, BoxSpec box, int index) {
        if (box instanceof NoteSpec n) {
            s.notes.add(clamp(index, s.notes.size()), n);
        } else if (box instanceof RegionSpec r) {
            s.regions.add(clamp(index, s.regions.size()), r);
        }
    }

    /** Removes a box (by identity); returns its former index, or -1. */
    static int remove(Scenario s, BoxSpec box) {
        java.util.List<? extends BoxSpec> list = box instanceof NoteSpec ? s.notes : s.regions;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == box) {
                list.remove(i);
                return i;
            }
        }
        return -1;
    }

    static String kind(BoxSpec box) {
        return box instanceof NoteSpec ? "note" : "region";
    }

    static String title(BoxSpec box) {
        String w = box.words().strip();
        String shortWords = w.length() > 24 ? w.substring(0, 23) + "…" : w;
        return kind(box) + (shortWords.isEmpty() ? "" : " \u201c" + shortWords + "\u201d");
    }

    private static int clamp(int index, int size) {
        return index < 0 || index > size ? size : index;
    }
}
