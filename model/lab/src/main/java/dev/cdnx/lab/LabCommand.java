package dev.cdnx.lab;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cdnx lab SCENARIO [--port-base N] [--delay-factor F] [--stop-after S] [--quiet]}: starts the
 * scenario's live lab, prints one line per server with a curl line to paste, then one line per request
 * answered, until Ctrl+C (or {@code --stop-after}); every port is closed on the way out.
 */
@Command(
        name = "lab",
        mixinStandardHelpOptions = true,
        description = "Run the drawn CDN as real HTTP caches on 127.0.0.1 (one port per edge, shield and origin).")
public final class LabCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.json).")
    Path file;

    @CommandLine.Option(
            names = "--port-base",
            paramLabel = "N",
            defaultValue = "8400",
            description =
                    "First port; the servers take N, N+1, ... in drawing order; 0 picks free ports (default: ${DEFAULT-VALUE}).")
    int portBase;

    @CommandLine.Option(
            names = "--delay-factor",
            paramLabel = "F",
            defaultValue = "1",
            description =
                    "Scale of the drawn link round trips and origin service time: 1 as drawn, 0 none (default: ${DEFAULT-VALUE}).")
    double delayFactor;

    @CommandLine.Option(
            names = "--stop-after",
            paramLabel = "SECONDS",
            description = "Stop by itself after this many seconds (default: run until Ctrl+C).")
    Long stopAfter;

    @CommandLine.Option(names = "--quiet", description = "Do not print a line per request.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    // The shutdown hook closes the lab that the try-with-resources also closes: Ctrl+C must stop the
    // servers even while the command waits; the second close stops servers that are already stopped.
    @SuppressWarnings("try")
    public Integer call() throws InterruptedException {
        if (portBase != 0 && (portBase < 1024 || portBase > 65_000)) {
            throw new dev.cdnx.model.cli.Cdnx.UsageException(
                    "--port-base " + portBase + ": choose 0 or a port from 1024 to 65000");
        }
        if (!(delayFactor >= 0) || delayFactor > 100) {
            throw new dev.cdnx.model.cli.Cdnx.UsageException(
                    "--delay-factor " + delayFactor + ": choose a number from 0 to 100");
        }
        Scenario scenario = ScenarioIO.read(file).orThrow();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (LiveLab lab = LiveLab.start(scenario, portBase, delayFactor)) {
            Thread hook = new Thread(
                    () -> {
                        lab.close();
                        stopped.countDown();
                    },
                    "lab-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println(table(scenario.name, lab));
            out.flush();
            if (!quiet) {
                lab.log().addListener(e -> {
                    synchronized (out) {
                        out.println(e.line());
                        out.flush();
                    }
                });
            }
            if (stopAfter == null) {
                stopped.await();
            } else {
                stopped.await(stopAfter, TimeUnit.SECONDS);
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        out.println("lab stopped; every port is closed");
        out.flush();
        return 0;
    }

    /** The servers as an aligned table with a curl line each. */
    static String table(String scenarioName, LiveLab lab) {
        StringBuilder sb = new StringBuilder();
        sb.append("Live lab of \"")
                .append(scenarioName)
                .append("\" on 127.0.0.1 (Ctrl+C stops it; delays x")
                .append(String.format(Locale.ROOT, "%.2f", lab.delays().factor()))
                .append(")\n");
        sb.append(String.format(Locale.ROOT, "%-20s %-7s %6s  %s%n", "node", "kind", "port", "try"));
        for (LabNode n : lab.nodes()) {
            sb.append(String.format(
                    Locale.ROOT, "%-20s %-7s %6d  %s%n", n.name(), n.kind().id(), n.port(), n.curlLine()));
        }
        return sb.toString().stripTrailing();
    }
}
