package dev.cdnx.model.checks;

/**
 * One architecture check (SPEC S5): a rule drawn from the seeds' anti-patterns and "when not to" lists.
 * It looks at the scenario, and at a run and a bill when it needs measured figures; it never changes
 * them. A check that needs a run (or a bill) and has none returns {@link CheckOutcome.Status#SKIPPED}
 * with a note saying what is missing, rather than guessing.
 */
public interface ArchitectureCheck {

    /** A stable id, e.g. {@code "tracking-in-key"}. */
    String id();

    /** A short title for the checks panel. */
    String title();

    CheckOutcome check(CheckContext context);
}
