package dev.cdnx.app.traffic;

import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.traffic.Comparison;
import dev.cdnx.model.traffic.FormatDetector;
import dev.cdnx.model.traffic.ImportCancelledException;
import dev.cdnx.model.traffic.ImportListener;
import dev.cdnx.model.traffic.ImportOptions;
import dev.cdnx.model.traffic.LogFormat;
import dev.cdnx.model.traffic.LogReplay;
import dev.cdnx.model.traffic.TrafficImport;
import dev.cdnx.model.traffic.Workload;
import dev.cdnx.model.units.DataSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Traffic panel's state and commands: a chosen file is previewed (its first rows, the detected
 * format and fields), imported off the FX thread with progress, rate and cancel, summed up, and then
 * replayed on the drawing, giving the log-against-simulation comparison. Properties change on the FX
 * thread; the clock is injected so tests need no real time.
 */
public final class TrafficViewModel {

    /** Where the panel is in its work. */
    public enum Phase {
        EMPTY,
        PREVIEW,
        IMPORTING,
        IMPORTED,
        RUNNING,
        COMPARED,
        FAILED
    }

    /** One label and value of the summary. */
    public record Fact(String label, String value) {}

    private final Executor background;
    private final Consumer<Runnable> fx;
    private final LongSupplier nanoClock;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.EMPTY);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty format = new SimpleStringProperty("");
    private final StringProperty fields = new SimpleStringProperty("");
    private final StringProperty message =
            new SimpleStringProperty("Drop a CDN or web-server log on the window, or use" + " File › Import Traffic…");
    private final StringProperty rate = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ObservableList<Fact> summary = FXCollections.observableArrayList();
    private final ObservableList<Comparison.Row> comparison = FXCollections.observableArrayList();
    private final ObjectProperty<Workload> workload = new SimpleObjectProperty<>();
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private LogFormat detected;

    /**
     * @param background where files are read and runs made
     * @param fx         how work is handed to the FX thread ({@code Platform::runLater} in the app)
     * @param nanoClock  a monotonic clock in nanoseconds, for the import's rate
     */
    public TrafficViewModel(Executor background, Consumer<Runnable> fx, LongSupplier nanoClock) {
        this.background = background;
        this.fx = fx;
        this.nanoClock = nanoClock;
    }

    /** Shows the first rows of {@code path} with the detected format and fields (read off the FX thread). */
    public void open(Path path) {
        cancel.set(true);
        file.set(path);
        preview.clear();
        summary.clear();
        comparison.clear();
        workload.set(null);
        progress.set(0);
        rate.set("");
        format.set("");
        fields.set("");
        phase.set(Phase.PREVIEW);
        message.set("Reading the first lines of " + path.getFileName() + "…");
        background.execute(() -> {
            try {
                FormatDetector.Detected d = FormatDetector.detect(path);
                List<String> f = FormatDetector.fields(d.format(), d.firstLines());
                fx.accept(() -> showPreview(path, d, f));
            } catch (Exception e) {
                fx.accept(() -> fail(e));
            }
        });
    }

    private void showPreview(Path path, FormatDetector.Detected d, List<String> f) {
        if (!path.equals(file.get())) {
            return;
        }
        detected = d.format();
        // Tabs would stretch a CloudFront row across the screen; a bar keeps its columns apart and visible.
        preview.setAll(d.firstLines().stream().map(l -> l.replace("\t", " │ ")).toList());
        String packing = d.packing() == dev.cdnx.model.traffic.Decompression.Packing.PLAIN
                ? ""
                : " (" + d.packing().name().toLowerCase(Locale.ROOT) + ")";
        if (detected == null) {
            format.set("not recognised" + packing);
            message.set("The first lines match none of the formats this program reads: " + LogFormat.names() + ".");
            phase.set(Phase.FAILED);
            return;
        }
        format.set(detected.label() + packing + ": " + detected.description());
        fields.set(String.join("  ", f));
        message.set("Check the preview, then Import.");
    }

    /** Imports the previewed file. */
    public void startImport() {
        Path path = file.get();
        if (path == null || detected == null || phase.get() == Phase.IMPORTING || phase.get() == Phase.RUNNING) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        phase.set(Phase.IMPORTING);
        message.set("Importing " + path.getFileName() + "…");
        long start = nanoClock.getAsLong();
        LogFormat f = detected;
        background.execute(() -> {
            try {
                Workload w = TrafficImport.run(path, ImportOptions.AUTO.withFormat(f), new ImportListener() {
                    @Override
                    public void progress(long lines, long read, long total) {
                        double seconds = (nanoClock.getAsLong() - start) / 1e9;
                        String r = seconds <= 0
                                ? ""
                                : String.format(Locale.ROOT, "%,d lines, %,.0f lines/s", lines, lines / seconds);
                        double p = total <= 0 ? 1 : Math.min(1, (double) read / total);
                        fx.accept(() -> {
                            progress.set(p);
                            rate.set(r);
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return stop.get();
                    }
                });
                fx.accept(() -> imported(w));
            } catch (ImportCancelledException e) {
                fx.accept(() -> {
                    phase.set(Phase.PREVIEW);
                    progress.set(0);
                    message.set("Import cancelled; nothing was kept.");
                });
            } catch (Exception e) {
                fx.accept(() -> fail(e));
            }
        });
    }

    /** Stops an import under way. */
    public void cancel() {
        cancel.set(true);
    }

    private void imported(Workload w) {
        workload.set(w);
        summary.setAll(facts(w));
        progress.set(1);
        phase.set(Phase.IMPORTED);
        message.set("Imported. Run on this drawing to compare the log's hit ratios with the simulated ones.");
    }

    /** The summary lines of a workload. */
    static List<Fact> facts(Workload w) {
        return List.of(
                new Fact("Requests", String.format(Locale.ROOT, "%,d", w.requests)),
                new Fact(
                        "Objects",
                        String.format(
                                Locale.ROOT,
                                "%,d (%s)",
                                w.objects,
                                DataSize.ofBytes(w.uniqueBytes).toHumanString())),
                new Fact("Bytes served", DataSize.ofBytes(w.bytes).toHumanString()),
                new Fact("Time span", span(w.span())),
                new Fact("Zipf α", String.format(Locale.ROOT, "%.3f", w.zipfAlpha)),
                new Fact("Regions", regions(w)),
                new Fact(
                        "Log hit ratio",
                        w.logHitRatio == null
                                ? "not in the log"
                                : String.format(
                                        Locale.ROOT,
                                        "%.2f%% (bytes %.2f%%)",
                                        100 * w.logHitRatio,
                                        100 * w.logByteHitRatio)),
                new Fact(
                        "Rejected lines",
                        w.rejectedLines == 0
                                ? "none"
                                : String.format(
                                        Locale.ROOT,
                                        "%,d (first: %s)",
                                        w.rejectedLines,
                                        w.rejected.isEmpty() ? "-" : w.rejected.get(0))));
    }

    private static String regions(Workload w) {
        StringBuilder b = new StringBuilder();
        for (Workload.RegionStats r : w.regions) {
            b.append(b.length() == 0 ? "" : ", ")
                    .append(r.region)
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%,d", r.requests));
        }
        return b.toString();
    }

    private static String span(double seconds) {
        if (seconds <= 0) {
            return "no times in the file";
        }
        return seconds >= 7200
                ? String.format(Locale.ROOT, "%.1f h", seconds / 3600)
                : String.format(Locale.ROOT, "%.0f s", seconds);
    }

    /** Replays the imported log on {@code drawing} (a copy is run) and fills the comparison. */
    public void runOn(Scenario drawing) {
        Path path = file.get();
        if (workload.get() == null || phase.get() == Phase.RUNNING || phase.get() == Phase.IMPORTING) {
            return;
        }
        phase.set(Phase.RUNNING);
        message.set("Replaying " + workload.get().requests + " requests on the drawing…");
        LogFormat f = detected;
        background.execute(() -> {
            try {
                LogReplay.Result r = LogReplay.run(
                        LogReplay.prepare(drawing, path, ImportOptions.AUTO.withFormat(f), ImportListener.NONE));
                fx.accept(() -> {
                    java.util.List<Comparison.Row> rows = new java.util.ArrayList<>();
                    rows.add(r.comparison().total());
                    rows.addAll(r.comparison().regions());
                    comparison.setAll(rows);
                    phase.set(Phase.COMPARED);
                    message.set(String.format(
                            Locale.ROOT,
                            "Replayed: simulated hit ratio %.2f%% against the log's %s.",
                            100 * r.run().hitRatio(),
                            workload.get().logHitRatio == null
                                    ? "(none)"
                                    : String.format(Locale.ROOT, "%.2f%%", 100 * workload.get().logHitRatio)));
                });
            } catch (Exception e) {
                fx.accept(() -> fail(e));
            }
        });
    }

    private void fail(Exception e) {
        phase.set(Phase.FAILED);
        message.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** True while reading or running. */
    public BooleanBinding busy() {
        return Bindings.createBooleanBinding(
                () -> phase.get() == Phase.IMPORTING
                        || phase.get() == Phase.RUNNING
                        || (phase.get() == Phase.PREVIEW && preview.isEmpty()),
                phase,
                preview);
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty formatProperty() {
        return format;
    }

    public StringProperty fieldsProperty() {
        return fields;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObservableList<String> preview() {
        return preview;
    }

    public ObservableList<Fact> summary() {
        return summary;
    }

    public ObservableList<Comparison.Row> comparison() {
        return comparison;
    }

    public ObjectProperty<Workload> workloadProperty() {
        return workload;
    }
}
