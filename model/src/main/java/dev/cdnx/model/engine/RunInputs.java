package dev.cdnx.model.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;

/**
 * The parts of a scenario a run reads, as one comparable value. Two scenarios with equal run inputs give
 * the same run for the same seed, so a view that shows a run can ignore an edit that leaves them equal:
 * a decision override, the price sheet, typed volumes or the description change what the panels
 * conclude or what the bill says, never what the engine does. (The name is kept: a run's result carries it.)
 */
public final class RunInputs {

    /** Sections of the file that no part of the engine reads. */
    private static final String[] NOT_READ_BY_THE_ENGINE = {"description", "pricing", "volumes", "decisions"};

    private RunInputs() {}

    /**
     * The scenario's run inputs in canonical JSON text; equal texts mean equal runs. A null scenario gives
     * the empty string.
     */
    public static String of(Scenario scenario) {
        if (scenario == null) {
            return "";
        }
        ObjectNode tree = ScenarioIO.mapper().valueToTree(scenario);
        for (String field : NOT_READ_BY_THE_ENGINE) {
            tree.remove(field);
        }
        return tree.toString();
    }
}
