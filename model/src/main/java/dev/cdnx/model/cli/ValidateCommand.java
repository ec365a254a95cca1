package dev.cdnx.model.cli;

import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.Problem;
import dev.cdnx.model.io.ScenarioIO;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cdnx validate FILE...}: exit 0 when every file is valid, 1 when any is not. */
@Command(name = "validate", mixinStandardHelpOptions = true,
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
            for (Problem p : r.problems()) {
                err.println(p.format());
            }
            if (r.ok()) {
                long warnings = r.problems().size();
                out.println(f + ": ok" + (warnings > 0 ? " (" + warnings + " warning" + (warnings > 1 ? "s" : "") + ")" : ""));
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
}
