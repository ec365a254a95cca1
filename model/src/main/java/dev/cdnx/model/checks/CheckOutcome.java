package dev.cdnx.model.checks;

import java.util.List;

/**
 * The result of one check: it fired (a warning or advice, with the measured reason, a fix and the names
 * of the nodes it is about, so the app can select them), it passed, or it was skipped for lack of a run
 * or a bill ({@code message} then says what is missing).
 */
public record CheckOutcome(
        String id, String title, Status status, Severity severity, String message, String fix, List<String> nodes) {

    public CheckOutcome {
        nodes = List.copyOf(nodes);
    }

    /** Whether a check fired. */
    public enum Status {
        FIRED,
        PASSED,
        SKIPPED
    }

    /** How much a fired check matters: a warning is a likely mistake, advice a likely saving. */
    public enum Severity {
        WARNING,
        ADVICE
    }

    public boolean fired() {
        return status == Status.FIRED;
    }

    /**
     * What the checks panel and {@code report --json} call this outcome: a fired warning (a likely
     * mistake) failed, fired advice (a likely saving) warned; passed and skipped as they are.
     */
    public enum Verdict {
        PASSED,
        WARNED,
        FAILED,
        SKIPPED;

        /** The word written in reports: {@code passed}, {@code warned}, {@code failed}, {@code skipped}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The severity names what a fired check found and the verdict what it means for the scenario, so the
     * names cross on purpose: a fired {@link Severity#WARNING} (a likely mistake) is {@link Verdict#FAILED},
     * fired {@link Severity#ADVICE} (money left on the table, nothing broken) only {@link Verdict#WARNED}.
     * The user guide's Checks section and {@code report --json} use the same words.
     */
    public Verdict verdict() {
        return switch (status) {
            case PASSED -> Verdict.PASSED;
            case SKIPPED -> Verdict.SKIPPED;
            default -> severity == Severity.WARNING ? Verdict.FAILED : Verdict.WARNED;
        };
    }
}
