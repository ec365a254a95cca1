package dev.cdnx.model.checks;

import java.util.List;
import java.util.function.Function;

/**
 * A check written as a function: the rule returns null when it does not fire, or a {@link Fire} with the
 * reason and nodes; {@link #skipped} marks checks that need a run or a bill the context lacks.
 */
final class Rule implements ArchitectureCheck {

    /** What a rule says when it fires. */
    record Fire(String message, List<String> nodes) {}

    /** A rule's answer when it cannot decide. */
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip(String why) {
            super(why, null, false, false);
        }
    }

    private final String id;
    private final String title;
    private final CheckOutcome.Severity severity;
    private final String fix;
    private final Function<CheckContext, Fire> rule;

    Rule(String id, String title, CheckOutcome.Severity severity, String fix, Function<CheckContext, Fire> rule) {
        this.id = id;
        this.title = title;
        this.severity = severity;
        this.fix = fix;
        this.rule = rule;
    }

    static Fire fire(String message, List<String> nodes) {
        return new Fire(message, nodes);
    }

    static Skip skipped(String why) {
        return new Skip(why);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public CheckOutcome check(CheckContext context) {
        Fire f;
        try {
            f = rule.apply(context);
        } catch (Skip s) {
            return new CheckOutcome(id, title, CheckOutcome.Status.SKIPPED, severity, s.getMessage(), fix, List.of());
        }
        if (f == null) {
            return new CheckOutcome(id, title, CheckOutcome.Status.PASSED, severity, null, fix, List.of());
        }
        return new CheckOutcome(id, title, CheckOutcome.Status.FIRED, severity, f.message(), fix, f.nodes());
    }
}
