package dev.cdnx.app.lessons;

import dev.cdnx.model.lessons.Expectation;
import dev.cdnx.model.lessons.ExpectationChecker;
import java.util.Locale;

/** Puts expectations and verdicts into the words a lesson shows. */
public final class ExpectationText {

    /** The mark of a met expectation. */
    public static final String MET = "✓";

    private ExpectationText() {}

    /** What the expectation wants, e.g. "run: origin requests = 1" or "the check cold-standby fires". */
    public static String wanted(Expectation e) {
        return switch (e.source()) {
            case "panel" -> "open the " + e.key() + " panel";
            case "check" -> "the check " + e.key() + ("fires".equals(e.op()) ? " fires" : " stays quiet");
            case "cost" ->
                "cost: " + words(e.key()) + (e.hitRatio() == null ? "" : " at byte hit ratio " + e.hitRatio()) + " "
                        + op(e.op()) + " " + e.value();
            default -> e.source() + ": " + words(e.key()) + " " + op(e.op()) + " " + e.value();
        };
    }

    /** "✓" when met, else "not yet: found X" (or what is missing when nothing could be read). */
    public static String status(Expectation e, ExpectationChecker.Verdict v) {
        if (v.met()) {
            return MET;
        }
        if (v.found() == null || v.found().isEmpty()) {
            return "run".equals(e.source()) ? "not yet: no finished run of this scenario" : "not yet: found nothing";
        }
        return "not yet: found " + v.found();
    }

    static String op(String op) {
        return switch (op) {
            case "==" -> "=";
            case "<=" -> "≤";
            case ">=" -> "≥";
            default -> op;
        };
    }

    /** {@code originRequestsByClass.bundle} → "origin requests by class bundle". */
    static String words(String key) {
        return key.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
