package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.report.ReportData;
import dev.cdnx.model.report.ReportFiles;
import dev.cdnx.model.report.ReportJson;
import dev.cdnx.model.report.ReportText;
import dev.cdnx.model.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cdnx report FILE}: the monthly cost of pull, push and hybrid term by term, both decision paths
 * and the architecture checks that fire. Volumes are typed (the scenario's {@code volumes} block) or
 * measured (one engine run per model, same seed); by default typed when the scenario has volumes. A bad
 * scenario or price sheet prints its problems and exits 1; {@code --typed} without volumes exits 2.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Monthly cost per delivery model term by term, decision paths and architecture checks.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario;

    @ArgGroup(exclusive = true)
    Source source;

    /** Which volumes to price. */
    static final class Source {
        @Option(names = "--measured", description = "Run the engine for each model and scale to a month.")
        boolean measured;

        @Option(names = "--typed", description = "Use the scenario's typed monthly volumes.")
        boolean typed;
    }

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(
            names = "--compare-providers",
            description =
                    "Also price the scenario's own model on every shipped sheet (CloudFront, Fastly, Cloudflare, illustrative).")
    boolean compareProviders;

    @Option(
            names = "--html",
            paramLabel = "OUT.html",
            description = "Also write the report as one HTML page (drawing, run, cost, decisions, checks).")
    Path html;

    @Option(
            names = "--markdown",
            paramLabel = "OUT.md",
            description = "Also write the report as Markdown, with the drawing as an SVG file beside it.")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.load();
        boolean measured = source != null ? source.measured : s.volumes == null;
        if (!measured && s.volumes == null) {
            throw new Cdnx.UsageException("--typed: " + scenario.file + " has no \"volumes\" block; add one "
                    + "(see samples/cost-lever.json) or use --measured");
        }
        Path dir = scenario.file.toAbsolutePath().getParent();
        SheetLoad load = PriceSheets.locate(s.pricing == null ? null : s.pricing.sheet, dir);
        if (!load.ok()) {
            spec.commandLine().getErr().println(load.describe());
            return Cdnx.EXIT_INVALID;
        }
        ReportData data = ReportData.build(s, load.sheet(), measured);
        if (html != null || markdown != null) {
            ReportFiles.write(data, data.ownRun(), html, markdown);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScenarioIO.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ReportJson.toMap(data)));
        } else {
            ReportText.print(out, data);
            if (compareProviders) {
                out.println();
                ReportText.printProviders(out, data);
            }
        }
        out.flush();
        return 0;
    }
}
