package dev.cdnx.app.lessons;

import dev.cdnx.model.lessons.Lessons;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips with the glossary's definitions, for any control that names a term. */
public final class Glossary {

    private Glossary() {}

    /** The definition in words: "term — definition. See also: a, b." ; a plain note when the term is unknown. */
    public static String text(String term) {
        Lessons.GlossaryEntry e = Lessons.term(term);
        if (e == null) {
            return term + ": not in the glossary yet.";
        }
        StringBuilder sb = new StringBuilder(e.term()).append(" — ").append(e.definition());
        if (e.seeAlso() != null && !e.seeAlso().isEmpty()) {
            sb.append("\nSee also: ").append(String.join(", ", e.seeAlso())).append('.');
        }
        return sb.toString();
    }

    /** A tooltip with the term's definition (wrapped, shown quickly). */
    public static Tooltip tooltip(String term) {
        Tooltip t = new Tooltip(text(term));
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(Duration.millis(250));
        t.setShowDuration(Duration.seconds(30));
        t.getStyleClass().add(LessonStyles.TOOLTIP);
        return t;
    }
}
