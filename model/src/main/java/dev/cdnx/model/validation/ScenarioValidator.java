package dev.cdnx.model.validation;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.problem.Suggest;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a scenario must meet before it runs, beyond the file's shape: names, links, routes, sizes,
 * references between sections. Each rule reports a {@link Problem} with the JSON path of the field at
 * fault and a fix. Rules about the drawing are in {@link TopologyRules}, about the rest in
 * {@link SettingsRules}.
 */
public final class ScenarioValidator {

    private final Path baseDir;

    /** @param baseDir the scenario file's folder (to find price sheets), or null */
    public ScenarioValidator(Path baseDir) {
        this.baseDir = baseDir;
    }

    public List<Problem> validate(Scenario s) {
        List<Problem> out = new ArrayList<>();
        if (s.formatVersion > Scenario.CURRENT_FORMAT_VERSION) {
            out.add(Problem.error(
                    "formatVersion",
                    "this file was written by a newer CDN Explorer (format " + s.formatVersion
                            + "; this build reads up to " + Scenario.CURRENT_FORMAT_VERSION + ")",
                    "open it with a newer version of CDN Explorer"));
        }
        if (s.topology == null || s.workload == null || s.policy == null || s.delivery == null) {
            out.add(Problem.error(
                    "",
                    "the scenario lacks a section (topology, workload, policy or delivery) " + "or has it set to null",
                    "remove the null or give the section as { }"));
            return out;
        }
        new TopologyRules(s, out).check();
        new SettingsRules(s, baseDir, out).check();
        new InputRules(s, out).check();
        new SketchRules(s, out).check();
        return out;
    }

    /** Shared wording: a reference to a name that does not exist, with the nearest existing one. */
    static String unknownFix(String wrong, List<String> known, String what) {
        String near = Suggest.nearest(wrong, known);
        if (near != null) {
            return "did you mean \"" + near + "\"?";
        }
        return known.isEmpty() ? "add a " + what + " first" : "use one of: " + Suggest.list(known);
    }
}
