package dev.cdnx.model.scenario;

import java.util.Locale;

/**
 * What a fault does to its target: takes it {@link #DOWN} or brings it back {@link #UP}. The file writes
 * the {@link #word()}; {@link FaultSpec#action} keeps the text as written so an unknown word survives a
 * save and is reported where it stands.
 */
public enum FaultAction {
    DOWN,
    UP;

    /** The word in the file: "down" or "up". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action a file's word names, or null for any other text (null included). */
    public static FaultAction fromWord(String word) {
        for (FaultAction a : values()) {
            if (a.word().equals(word)) {
                return a;
            }
        }
        return null;
    }
}
