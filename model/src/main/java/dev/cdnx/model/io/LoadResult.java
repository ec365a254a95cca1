package dev.cdnx.model.io;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/**
 * What reading a scenario gave: the scenario (null when the text could not be read at all) and every
 * problem found, errors and warnings, each placed in the file.
 */
public record LoadResult(Scenario scenario, List<Problem> problems) {

    public boolean ok() {
        return scenario != null && problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The scenario when there is no error; otherwise an exception whose message lists every error. */
    public Scenario orThrow() {
        if (!ok()) {
            StringBuilder sb = new StringBuilder();
            for (Problem p : errors()) {
                sb.append(p.format()).append('\n');
            }
            throw new ScenarioException(sb.toString().trim(), errors());
        }
        return scenario;
    }
}
