package dev.cdnx.model.cli;

import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.validation.ResourceBudget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cdnx validate FILE...}: exit 0 when every file is valid, 1 when any is not. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check scenario files; print each problem with file, line, JSON path and a fix.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.json).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path f : files) {
            LoadResult r = ScenarioIO.read(f);
            List<Problem> problems = new ArrayList<>(r.problems());
            if (r.ok()) {
                problems.addAll(runChecks(r.scenario(), f));
            }
            for (Problem p : problems) {
                err.println(p.format());
            }
            if (problems.stream().noneMatch(Problem::isError) && r.scenario() != null) {
                long warnings = problems.size();
                out.println(f + ": ok"
                        + (warnings > 0 ? " (" + warnings + " warning" + (warnings > 1 ? "s" : "") + ")" : ""));
            } else {
                invalid++;
            }
        }
        err.flush();
        if (invalid > 0) {
            err.println(invalid + " of " + files.size() + " file" + (files.size() > 1 ? "s" : "") + " invalid");
            return Cdnx.EXIT_INVALID;
        }
        return 0;
    }

    /**
     * The checks simulate and report make beyond the file itself, so a file that validates does not fail
     * later for an input reason: its price sheet reads (and is where a sheet may be), and the run fits
     * this Java's heap and is not long (both warnings here: they depend on how it is run).
     */
    static List<Problem> runChecks(Scenario s, Path file) {
        List<Problem> out = new ArrayList<>();
        SheetLoad sheet = PriceSheets.locate(
                s.pricing == null ? null : s.pricing.sheet,
                file.toAbsolutePath().getParent());
        for (Problem p : sheet.problems()) {
            out.add(p.file() == null ? p.at(file.toString(), 0, 0) : p);
        }
        for (Problem p : ResourceBudget.check(s, Runtime.getRuntime().maxMemory(), false)) {
            out.add(Problem.warning(p.path(), p.message(), p.fix()).at(file.toString(), 0, 0));
        }
        return out;
    }
}
