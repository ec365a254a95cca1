package dev.cdnx.model.cli;

import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cdnx fmt FILE... [--check]}: rewrites scenario files in the form the program saves (field order,
 * two-space indentation, units as text). Like a save, it keeps everything the file says that the
 * scenario cannot hold (unknown fields, unreadable values, fields of a newer version), so formatting
 * never loses a word. A file that is not JSON at all is left untouched. With {@code --check} nothing is
 * written and the exit code says whether every file is already in that form (0) or not (1).
 */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = "Rewrite scenario files in canonical form, keeping every field and value as written.")
public final class FmtCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.json).")
    List<Path> files;

    @Option(names = "--check", description = "Write nothing; exit 1 when a file is not in canonical form.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path f : files) {
            LoadResult r = ScenarioIO.read(f);
            if (r.scenario() == null) {
                r.problems().forEach(p -> err.println(p.format()));
                err.println(f + ": not rewritten (it could not be read as a scenario)");
                failed++;
                continue;
            }
            long errors = r.problems().stream().filter(Problem::isError).count();
            String canonical = ScenarioIO.toJson(r.scenario());
            boolean same = canonical.equals(Files.readString(f));
            String note = errors == 0
                    ? ""
                    : " (" + errors + " problem" + (errors > 1 ? "s" : "") + " kept as written; see cdnx validate)";
            if (check) {
                out.println(f + (same ? ": canonical" : ": would be reformatted") + note);
                failed += same ? 0 : 1;
            } else if (same) {
                out.println(f + ": already canonical" + note);
            } else {
                AtomicFiles.writeString(f, canonical);
                out.println(f + ": reformatted" + note);
            }
        }
        err.flush();
        return failed == 0 ? 0 : Cdnx.EXIT_INVALID;
    }
}
