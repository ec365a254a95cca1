package dev.cdnx.lab;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cdnx lab-load SCENARIO [--clients N] [--seconds S] [--node EDGE]}: starts the scenario's lab on
 * free ports, drives one edge with N concurrent clients over loopback for at most 60 s, prints what it
 * measured and stops every server. Exit code 1 when any request failed or was lost.
 */
@Command(
        name = "lab-load",
        mixinStandardHelpOptions = true,
        description =
                "Load-test one edge of the live lab over loopback (bounded: at most 60 s) and report p99 and heap.")
public final class LabLoadCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.json).")
    Path file;

    @CommandLine.Option(
            names = "--clients",
            defaultValue = "200",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @CommandLine.Option(
            names = "--seconds",
            defaultValue = "30",
            description = "Duration, at most 60 (default: ${DEFAULT-VALUE}).")
    int seconds;

    @CommandLine.Option(
            names = "--requests",
            defaultValue = "100000000",
            description = "Stop after this many requests.")
    long requests;

    @CommandLine.Option(
            names = "--node",
            paramLabel = "EDGE",
            description = "The edge to load (default: the first edge).")
    String node;

    @CommandLine.Option(
            names = "--objects",
            defaultValue = "100",
            description = "Objects per content class cycled through (default: ${DEFAULT-VALUE}).")
    int objects;

    @CommandLine.Option(
            names = "--delay-factor",
            defaultValue = "1",
            description = "Scale of the drawn delays (default: ${DEFAULT-VALUE}).")
    double delayFactor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (seconds < 1 || seconds > LabLoad.MAX_SECONDS) {
            throw new dev.cdnx.model.cli.Cdnx.UsageException(
                    "--seconds " + seconds + ": choose 1 to " + LabLoad.MAX_SECONDS);
        }
        if (clients < 1 || clients > 1000) {
            throw new dev.cdnx.model.cli.Cdnx.UsageException("--clients " + clients + ": choose 1 to 1000");
        }
        Scenario scenario = ScenarioIO.read(file).orThrow();
        try (LiveLab lab = LiveLab.start(scenario, 0, delayFactor)) {
            LabNode target = node != null
                    ? lab.node(node)
                    : lab.nodes().stream()
                            .filter(n -> n.kind() == NodeKind.EDGE)
                            .findFirst()
                            .orElse(null);
            if (target == null) {
                throw new LabException(
                        node == null ? "the scenario has no edge to load" : "no lab server named " + node);
            }
            LabCatalog catalog = new LabCatalog(scenario.workload, scenario.seed);
            List<String> paths = new ArrayList<>();
            for (int c = 0; c < catalog.classes().size(); c++) {
                String prefix = LabCatalog.prefixOf(catalog.classes().get(c));
                for (long i = 0; i < Math.min(objects, catalog.count(c)); i++) {
                    paths.add(prefix + i);
                }
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "loading %s (%s) with %d clients for up to %d s over %d URLs%n",
                            target.name(), target.baseUrl(), clients, seconds, paths.size());
            spec.commandLine().getOut().flush();
            LabLoad.Result r = LabLoad.run(target, paths, clients, seconds, requests);
            spec.commandLine().getOut().print(r.text());
            spec.commandLine().getOut().flush();
            return r.errors() == 0 && r.lost() == 0 ? 0 : 1;
        }
    }
}
