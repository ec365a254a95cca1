package dev.cdnx.model.io;

import dev.cdnx.model.problem.Problem;
import java.util.List;

/** A scenario that cannot be used; the message lists its problems one per line, ready to print. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScenarioException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
