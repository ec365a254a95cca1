package dev.cdnx.app.panels.compare;

/**
 * One line of the comparison: a metric or cost term, its value in the current run and in the baseline
 * (formatted), the difference, and whether the change is better, worse or neither
 * ({@link Verdict#SAME} also for metrics where up is not better or worse).
 */
public record DiffRow(String name, String value, String baseline, String difference, Verdict verdict) {

    /** How the current run compares on this line. */
    public enum Verdict {
        BETTER,
        WORSE,
        SAME
    }
}
