package dev.cdnx.app.export;

import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.CsvTable;
import dev.cdnx.model.report.ReportData;
import dev.cdnx.model.report.ReportFiles;
import dev.cdnx.model.report.SeriesCsv;
import dev.cdnx.model.report.TopologySvg;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The exports that need no node: the drawing as SVG, the run as CSV (time series and totals) and the
 * report as HTML and/or Markdown — all through the model's renderers, all written atomically. Safe off the
 * FX thread; a report of a scenario without a run simulates it first (that may take seconds).
 */
public final class RunExports {

    private RunExports() {}

    /** The topology as SVG, on {@code background} (a CSS colour) or transparent when null. */
    public static void svg(Scenario s, Path out, String background) throws IOException {
        svg(s, out, background, List.of());
    }

    /** The topology as SVG with the map's {@code land} behind it (none: no map). */
    public static void svg(Scenario s, Path out, String background, List<TopologySvg.LandRing> land)
            throws IOException {
        AtomicFiles.writeString(out, TopologySvg.render(s, background, land));
    }

    /** One row per time bucket, as {@code cdnx simulate} would write it. */
    public static void seriesCsv(RunResult r, Path out) throws IOException {
        requireRun(r);
        AtomicFiles.writeString(out, SeriesCsv.render(r.series(), r.simulatedSeconds()));
    }

    /**
     * The run's totals as {@code metric,value} rows, flattened from the run's JSON: {@code requests},
     * {@code latencyMs.p95}, {@code originRequestsByClass.bundle}, {@code nodes[3].hitRatio}…
     */
    public static void totalsCsv(RunResult r, Path out) throws IOException {
        AtomicFiles.writeString(out, totalsCsv(r));
    }

    /** The text of {@link #totalsCsv(RunResult, Path)}. */
    public static String totalsCsv(RunResult r) {
        requireRun(r);
        CsvTable table = new CsvTable("metric", "value");
        Map<String, Object> m = RunResultJson.toMap(r, 0);
        m.remove("series");
        m.remove("wallSeconds");
        m.remove("requestsPerSecond");
        flatten("", m, table);
        return table.render();
    }

    /** The path beside a series CSV where its totals go: {@code run.csv} → {@code run-totals.csv}. */
    public static Path totalsBeside(Path seriesCsv) {
        String name = seriesCsv.getFileName().toString().replaceFirst("\\.csv$", "");
        return seriesCsv.resolveSibling(name + "-totals.csv");
    }

    /**
     * Writes the report like {@code cdnx report} with {@code --html}/{@code --markdown}: typed volumes when
     * the scenario has them, else measured. {@code scenarioDir} finds a price sheet named by path (null for
     * an unsaved scenario); {@code run} is the run to describe, or null to simulate one.
     *
     * @throws IOException with a message naming the problem when the price sheet is missing or wrong
     */
    public static void report(Scenario s, Path scenarioDir, RunResult run, Path html, Path markdown)
            throws IOException {
        SheetLoad load = PriceSheets.locate(s.pricing == null ? null : s.pricing.sheet, scenarioDir);
        if (!load.ok()) {
            throw new IOException("the price sheet could not be read: " + load.describe());
        }
        ReportData data = ReportData.build(s, load.sheet(), s.volumes == null);
        ReportFiles.write(data, run != null ? run : new Simulation(s).run(), html, markdown);
    }

    private static void requireRun(RunResult r) {
        if (r == null) {
            throw new IllegalStateException("there is no finished run yet: play the scenario to its end first");
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object v, CsvTable table) {
        if (v instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), table);
            }
        } else if (v instanceof java.util.List) {
            java.util.List<Object> list = (java.util.List<Object>) v;
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), table);
            }
        } else {
            table.row(prefix, v);
        }
    }
}
