package dev.cdnx.model.cli;

import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.http.conformance.CacheHarness;
import dev.cdnx.model.http.conformance.ConformanceRun;
import dev.cdnx.model.http.conformance.SuiteFile;
import dev.cdnx.model.http.conformance.SuiteGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cdnx conformance [CASES.json] [--json] [--over-http]}: runs a file of HTTP cache test cases (the
 * public suite's format) against the explorer's shared cache, in process or through the live lab's
 * servers, and prints the scoreboard. A missing or malformed
 * file gives one line naming the file, the problem and the fix, and exit code 1.
 */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        description = "Run HTTP caching conformance cases against the explorer's CDN cache and print the scoreboard.")
public final class ConformanceCommand implements Callable<Integer> {

    @CommandLine.Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CASES.json",
            description = "Cases file (default: ../shared/http-cache-tests/cache-tests.json).")
    Path cases = Path.of("..", "shared", "http-cache-tests", "cache-tests.json");

    @CommandLine.Option(names = "--json", description = "Print the scoreboard as JSON.")
    boolean json;

    @CommandLine.Option(names = "--verbose", description = "Also list every case that failed on its own, of any kind.")
    boolean verbose;

    @CommandLine.Option(
            names = "--target",
            split = ",",
            paramLabel = "FIELD",
            description = "Targeted cache-control fields obeyed, in order (default: CDN-Cache-Control).")
    List<String> targets = List.of("CDN-Cache-Control");

    @CommandLine.Option(
            names = "--over-http",
            description = "Run the cases through a live-lab edge and origin on 127.0.0.1, over real sockets.")
    boolean overHttp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<SuiteGroup> groups;
        try {
            groups = SuiteFile.load(cases);
        } catch (SuiteFile.SuiteFormatException e) {
            spec.commandLine().getErr().println("cdnx conformance: " + e.getMessage());
            return Cdnx.EXIT_INVALID;
        }
        ConformanceRun run;
        try (CacheHarness harness = harness()) {
            run = ConformanceRun.run(groups, CachePolicy.cdn().withTargets(targets), harness);
        }
        spec.commandLine().getOut().print(json ? run.toJson() + System.lineSeparator() : run.toText());
        if (verbose && !json) {
            spec.commandLine().getOut().print(run.failuresText());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private CacheHarness harness() {
        if (!overHttp) {
            return CacheHarness.inProcess();
        }
        for (CacheHarness.OverHttp lab : ServiceLoader.load(CacheHarness.OverHttp.class)) {
            return lab.start();
        }
        throw new Cdnx.UsageException("--over-http needs the live lab, which this build lacks;"
                + " build the whole project (mvn -q -DskipTests package) and run model/target/cdnx.jar");
    }
}
