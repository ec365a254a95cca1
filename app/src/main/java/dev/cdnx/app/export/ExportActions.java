package dev.cdnx.app.export;

import dev.cdnx.app.files.ReplaceGuard;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.FileKind;
import dev.cdnx.model.report.TopologySvg;
import dev.cdnx.model.scenario.Scenario;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;

/**
 * The shell's File → Export menu: each method asks for a file, does the work (off the FX thread where it
 * is slow: reports, CSV, GIF encoding) and reports a failure in one friendly dialog. A chosen file that is
 * not of the kind exported (a scenario under a PNG's name) is replaced only after a second question
 * ({@link ReplaceGuard}). Call on the FX thread.
 *
 * <pre>
 *   ExportActions export = new ExportActions(context, statusBar::show);
 *   pngItem.setOnAction(e -> export.exportPng());
 * </pre>
 */
public final class ExportActions {

    /** Asks where to save; null when the person cancelled. */
    @FunctionalInterface
    public interface FileAsker {
        Path ask(String title, String suggestedName, String description, String... extensions);
    }

    private final ExportContext context;
    private final Consumer<String> status;
    private final FileAsker asker;
    private final Executor worker;
    private final ReplaceGuard replace;
    private final dev.cdnx.app.run.RunGuard runs;

    /** Uses a {@link FileChooser}; {@code status} hears "Exported …" lines (may be null). */
    public ExportActions(ExportContext context, Consumer<String> status) {
        this(context, status, null, ForkJoinPool.commonPool());
    }

    public ExportActions(ExportContext context, Consumer<String> status, FileAsker asker, Executor worker) {
        this(context, status, asker, worker, null);
    }

    /** With {@code replace} asking before a file of another kind is replaced (null: a dialog asks). */
    public ExportActions(
            ExportContext context, Consumer<String> status, FileAsker asker, Executor worker, ReplaceGuard replace) {
        this(context, status, asker, worker, replace, null);
    }

    /**
     * With {@code runs} looking at the run a report makes when there is no finished one (null: dialogs ask
     * about a long run, and one too big for the heap is refused).
     */
    public ExportActions(
            ExportContext context,
            Consumer<String> status,
            FileAsker asker,
            Executor worker,
            ReplaceGuard replace,
            dev.cdnx.app.run.RunGuard runs) {
        this.runs = runs != null ? runs : dev.cdnx.app.run.RunGuardDialogs.guard();
        this.context = context;
        this.status = status == null ? s -> {} : status;
        this.asker = asker != null ? asker : this::choose;
        this.worker = worker;
        this.replace = replace != null ? replace : ReplaceGuard.dialogs(context::owner);
    }

    /**
     * The file chosen for an export of {@code kind}, or null when the person cancelled or kept a file of
     * another kind that was there.
     */
    private Path target(Path chosen, FileKind kind) {
        if (chosen == null) {
            return null;
        }
        if (!replace.mayWrite(chosen, kind)) {
            status.accept("Not exported: " + chosen.getFileName() + " was kept");
            return null;
        }
        return chosen;
    }

    /** The canvas as a PNG on a white background. */
    public void exportPng() {
        exportPng(false);
    }

    /** The drawing as a PNG, transparent or on white, without the legend, minimap and counters. */
    public void exportPng(boolean transparent) {
        exportPng(transparent, false);
    }

    /** The drawing as a PNG on white with the legend, minimap and counters over it, as on screen. */
    public void exportPngWithKeys() {
        exportPng(false, true);
    }

    private void exportPng(boolean transparent, boolean withKeys) {
        Path out = target(asker.ask("Export the drawing as PNG", base() + ".png", "PNG image", "*.png"), FileKind.PNG);
        if (out == null) {
            return;
        }
        try {
            writePng(out, transparent, withKeys);
            done(out);
        } catch (Exception | OutOfMemoryError e) {
            ExportErrors.show(context.owner(), "the PNG", e);
        }
    }

    /**
     * Writes the drawing as a PNG (FX thread): cropped to the nodes, their names and links plus a margin;
     * with {@code withKeys}, the legend, minimap and counters stay in the picture and the crop is the view.
     */
    public void writePng(Path out, boolean transparent, boolean withKeys) throws java.io.IOException {
        if (withKeys) {
            PngExport.write(
                    context.canvas(), context.canvas().getLayoutBounds(), List.of(), out, transparent, Color.WHITE);
        } else {
            PngExport.write(
                    context.canvas(), context.drawingBounds(), context.canvasKeys(), out, transparent, Color.WHITE);
        }
    }

    /** The drawing as SVG (the model's renderer: nodes, links, names). */
    public CompletableFuture<Void> exportSvg() {
        Path out =
                target(asker.ask("Export the drawing as SVG", base() + ".svg", "SVG drawing", "*.svg"), FileKind.SVG);
        Scenario s = context.scenario();
        List<TopologySvg.LandRing> land = context.mapLand();
        return background(out, "the SVG", () -> RunExports.svg(s, out, "#ffffff", land));
    }

    /** Writes the drawing as SVG now, with the map when the canvas shows it ({@code --export-svg}). */
    public void writeSvg(Path out) throws java.io.IOException {
        RunExports.svg(context.scenario(), out, "#ffffff", context.mapLand());
    }

    /** The last run's time series as CSV, with its totals beside it ({@code NAME-totals.csv}). */
    public CompletableFuture<Void> exportCsv() {
        RunResult r = context.lastRun();
        if (r == null) {
            ExportErrors.show(
                    context.owner(),
                    "the run as CSV",
                    new IllegalStateException("there is no finished run yet: play the scenario to its end first"));
            return CompletableFuture.completedFuture(null);
        }
        Path out =
                target(asker.ask("Export the run as CSV", base() + "-series.csv", "CSV table", "*.csv"), FileKind.CSV);
        if (out != null && target(RunExports.totalsBeside(out), FileKind.CSV) == null) {
            return CompletableFuture.completedFuture(null);
        }
        return background(out, "the run as CSV", () -> {
            RunExports.seriesCsv(r, out);
            RunExports.totalsCsv(r, RunExports.totalsBeside(out));
        });
    }

    /** The report as HTML, or Markdown (with its SVG beside it) when the chosen name ends in .md. */
    public CompletableFuture<Void> exportReport() {
        Path chosen =
                asker.ask("Export the report", base() + "-report.html", "HTML page or Markdown", "*.html", "*.md");
        boolean markdown = chosen != null
                && chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
        Path out = target(chosen, markdown ? FileKind.MARKDOWN_REPORT : FileKind.HTML_REPORT);
        Scenario s = context.scenario();
        RunResult r = context.lastRun();
        Path dir = context.scenarioFile() == null
                ? null
                : context.scenarioFile().toAbsolutePath().getParent();
        // Without a finished run the report runs the whole scenario itself: looked at like every other run.
        if (out != null && r == null && !runs.mayRun("Export the report", s)) {
            status.accept("Not exported: the report's run was not started");
            return CompletableFuture.completedFuture(null);
        }
        return background(
                out, "the report", () -> RunExports.report(s, dir, r, markdown ? null : out, markdown ? out : null));
    }

    /** Ten seconds of the live view as an animated GIF at ten frames a second. */
    public CompletableFuture<Integer> exportGif() {
        return exportGif(10);
    }

    /** {@code seconds} of the live view as an animated GIF at ten frames a second. */
    public CompletableFuture<Integer> exportGif(double seconds) {
        Path out =
                target(asker.ask("Record the live run as GIF", base() + ".gif", "Animated GIF", "*.gif"), FileKind.GIF);
        if (out == null) {
            return CompletableFuture.completedFuture(0);
        }
        status.accept("Recording " + Math.round(seconds) + " s of the run…");
        GifRecorder recorder = new GifRecorder(context.liveView(), 6, seconds, worker);
        if (!Double.isNaN(context.runTime())) {
            recorder.withCaption(() -> "t = " + dev.cdnx.app.run.RunStyles.clock(context.runTime()));
        }
        return recorder.start(out)
                .whenComplete((n, t) -> Platform.runLater(() -> {
                    if (t != null) {
                        ExportErrors.show(context.owner(), "the GIF", t);
                    } else {
                        done(out);
                    }
                }));
    }

    /**
     * {@code --export-gif}: records the live view into {@code options.out()} with no dialog, each frame at
     * the simulated time the run's clock ({@code simTime}) reaches, stamped with that time. The caller
     * plays the run at {@link GifOptions#speed()}. Completes with the number of frames written.
     */
    public CompletableFuture<Integer> recordRun(
            GifOptions options, java.util.function.DoubleSupplier simTime, java.util.function.BooleanSupplier ended) {
        return new RunGifRecorder(context.liveView(), simTime, ended, options, worker)
                .withCaption(() -> "t = " + dev.cdnx.app.run.RunStyles.clock(simTime.getAsDouble()))
                .start();
    }

    private interface Work {
        void run() throws Exception;
    }

    private CompletableFuture<Void> background(Path out, String what, Work work) {
        if (out == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(
                        () -> {
                            try {
                                work.run();
                            } catch (RuntimeException e) {
                                throw e;
                            } catch (Exception e) {
                                throw new java.util.concurrent.CompletionException(e);
                            }
                        },
                        worker)
                .whenComplete((v, t) -> Platform.runLater(() -> {
                    if (t != null) {
                        ExportErrors.show(context.owner(), what, t);
                    } else {
                        done(out);
                    }
                }));
    }

    private void done(Path out) {
        status.accept("Exported " + out.getFileName());
    }

    private String base() {
        if (context.scenarioFile() != null) {
            return context.scenarioFile().getFileName().toString().replaceFirst("\\.json$", "");
        }
        Scenario s = context.scenario();
        String name = s == null || s.name == null || s.name.isBlank() ? "scenario" : s.name;
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private Path choose(String title, String suggestedName, String description, String... extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(suggestedName);
        for (String ext : extensions) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (" + ext + ")", ext));
        }
        if (context.scenarioFile() != null
                && context.scenarioFile().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(
                    context.scenarioFile().toAbsolutePath().getParent().toFile());
        }
        File f = fc.showSaveDialog(context.owner());
        return f == null ? null : f.toPath();
    }
}
