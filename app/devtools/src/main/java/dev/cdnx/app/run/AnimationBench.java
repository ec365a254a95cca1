package dev.cdnx.app.run;

import dev.cdnx.app.EditorBenchReport;
import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Stage;

/**
 * The rendering benchmark behind {@code --bench-animation SECONDS}: the generated 300-node scenario
 * ({@link BenchScenarios#large}) played by the real engine at 1× (so every cache's rings and counters and
 * every origin's badge change as they do for a user), with its dots topped up to 10,000 in flight along the
 * links, each drawn as its outcome's shaped sprite (flow bands held off), by the real {@link RunOverlay},
 * over the main window's editor canvas (the links and nodes on its static layer), with the run's progress bar and its event markers under the map,
 * in a 1600×900 window at 100 % zoom. With {@code -Dcdnx.bench.rate=N} it feeds N requests per simulated
 * second instead (each a hop of 0.5–3 s) and leaves the switch to flow bands on: the aggregated mode.
 * {@code -Dcdnx.bench.noCounters=true} leaves the counters off the map (rings and badges stay).
 *
 * <p>Reports the median frames per second over one-second windows after a warm-up of two seconds and 120
 * frames (at least 60 frames are measured), and, since
 * fps on a shared machine say little, the CPU time per frame of the FX thread, the render thread and the
 * engine's thread, with the commit and the load average, as a line for people and a JSON object.
 */
public final class AnimationBench {

    private static final String RENDER_THREAD = "QuantumRenderer-0";

    /** What a benchmark measured. */
    public record Result(
            double medianFps,
            double minFps,
            double maxFps,
            double medianPaintMs,
            double fxCpuMs,
            double renderCpuMs,
            double engineCpuMs,
            long frames,
            long spritesDrawn,
            long composedPixels,
            int markers,
            int dots,
            int nodes,
            String raster,
            String pipeline,
            String mode,
            String commit,
            double loadAverage) {

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "Live run animation: commit %s, load average %.2f, %d nodes, %s, %d in flight at the end, raster %s,"
                            + " pipeline %s, %d event markers%n"
                            + "  median %.1f fps (min %.1f, max %.1f over 1-s windows), median frame work (run pulse + overlay paint) %.2f ms%n"
                            + "  cpu/frame fx %.2f ms render %.2f ms engine %.2f ms over %d frames; node sprites drawn %d,"
                            + " gauge pixels composed %d a frame%n%s",
                    commit,
                    loadAverage,
                    nodes,
                    mode,
                    dots,
                    raster,
                    pipeline,
                    markers,
                    medianFps,
                    minFps,
                    maxFps,
                    medianPaintMs,
                    fxCpuMs,
                    renderCpuMs,
                    engineCpuMs,
                    frames,
                    spritesDrawn,
                    composedPixels / Math.max(1, frames),
                    json());
        }

        /** The same figures as one JSON object, for scripts that compare commits. */
        public String json() {
            return String.format(
                    Locale.ROOT,
                    "{\"bench\":\"animation\",\"commit\":\"%s\",\"loadAverage\":%.2f,\"mode\":\"%s\",\"nodes\":%d,"
                            + "\"inFlight\":%d,\"raster\":\"%s\",\"markers\":%d,\"medianFps\":%.1f,\"minFps\":%.1f,"
                            + "\"maxFps\":%.1f,\"frameWorkMs\":%.2f,\"fxCpuMs\":%.2f,\"renderCpuMs\":%.2f,"
                            + "\"engineCpuMs\":%.2f,\"frames\":%d,\"spritesDrawn\":%d,\"composedPixels\":%d}",
                    commit,
                    loadAverage,
                    mode,
                    nodes,
                    dots,
                    raster,
                    markers,
                    medianFps,
                    minFps,
                    maxFps,
                    medianPaintMs,
                    fxCpuMs,
                    renderCpuMs,
                    engineCpuMs,
                    frames,
                    spritesDrawn,
                    composedPixels);
        }
    }

    public static final int DOTS = 10_000;
    /** Frames before measuring, besides two seconds, and the fewest frames measured. */
    private static final int WARM_FRAMES = 120;

    private static final int MEASURED_FRAMES = 60;

    private AnimationBench() {}

    /** Runs the benchmark in {@code stage} for {@code seconds} (plus warm-up); completes on the FX thread. */
    public static CompletableFuture<Result> run(Stage stage, double seconds) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        EditorViewModel editor = new EditorViewModel(BenchScenarios.large(7));
        ScenarioDocument doc = editor.document();
        // The view-model's frames are driven by the benchmark's timer below, once per frame, as the program's
        // animation timer drives them: the dots are advanced once, at the run's own display time.
        LongConsumer[] pulse = new LongConsumer[1];
        RunViewModel vm = new RunViewModel(doc, new RunContext(Platform::runLater, onFrame -> {
            pulse[0] = onFrame;
            return () -> pulse[0] = null;
        }));
        RunGeometry g = vm.geometryProperty().get();
        RunOverlay overlay = new RunOverlay(vm);
        overlay.stopFramePulses();
        long rate = Long.getLong("cdnx.bench.rate", 0);
        if (rate <= 0) {
            vm.dots.aggregateAbove = Integer.MAX_VALUE;
        }
        vm.countersOnMapProperty().set(!Boolean.getBoolean("cdnx.bench.noCounters"));
        // The main window's editor canvas (its static layer paints the 300 nodes and their links) with the run's
        // layer in its overlay, following the viewport, as the Workbench mounts it: the editor at 100 % zoom,
        // scrolled to the drawing's top-left corner.
        editor.viewport().scaleProperty().set(1);
        editor.viewport().txProperty().set(-Math.floor(g.minX - 40));
        editor.viewport().tyProperty().set(-Math.floor(g.minY - 40));
        CanvasView canvas = new CanvasView(editor);
        Group world = new Group(overlay);
        Translate translate = new Translate();
        Scale zoom = new Scale();
        translate.xProperty().bind(editor.viewport().txProperty());
        translate.yProperty().bind(editor.viewport().tyProperty());
        zoom.xProperty().bind(editor.viewport().scaleProperty());
        zoom.yProperty().bind(editor.viewport().scaleProperty());
        world.getTransforms().addAll(translate, zoom);
        canvas.overlay().getChildren().add(world);
        // The raster carries the canvas's static layer while the run plays, and the layer is not drawn (see
        // RasterUnderlay); -Dcdnx.bench.noUnderlay=true keeps both on screen, as before.
        if (!Boolean.getBoolean("cdnx.bench.noUnderlay")) {
            overlay.setUnderlay(canvas.runUnderlay());
        }
        // The run's progress bar with its event markers under the map, as in the main window.
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.simTimeProperty().divide(vm.durationProperty()));
        EventTrack track = new EventTrack(vm, bar);
        BorderPane root = new BorderPane(canvas);
        root.setBottom(track);
        Scene scene = new Scene(root, 1600, 900);
        // The app's theme, as in the main window: the run reads its palette from it.
        dev.cdnx.app.theme.Theme.install(scene);
        stage.setScene(scene);
        stage.setTitle("CDN Explorer — animation benchmark");
        stage.show();
        // One second of the real engine first, then it plays on at 1×.
        var unused = vm.seek(1)
                .thenRun(() -> Platform.runLater(() -> {
                    vm.catchUp();
                    vm.play();
                }));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderThread = threadId(RENDER_THREAD);
        Random rnd = new Random(1);
        int links = g.links();
        new AnimationTimer() {
            private long start;
            private long windowStart;
            private int frames;
            private long measured;
            private long allFrames;
            private long warmStart;
            private double lastT;
            private long fx0;
            private long render0;
            private long engine0;
            private long sprites0;
            private long composed0;
            private final List<Double> fps = new ArrayList<>();
            private final List<Double> paint = new ArrayList<>();

            @Override
            public void handle(long now) {
                if (start == 0) {
                    if (!vm.isPlaying() || pulse[0] == null) {
                        return; // the engine's first second is still being simulated
                    }
                    start = now;
                    windowStart = now;
                    lastT = vm.simTimeProperty().get();
                    for (int i = 0; i < DOTS; i++) {
                        addDot(lastT - rnd.nextDouble() * 2);
                    }
                }
                long p0 = System.nanoTime();
                pulse[0].accept(now);
                double t = vm.simTimeProperty().get();
                // keep DOTS in flight: every dot that lands is replaced by a new one
                int missing = rate > 0
                        ? (int) Math.round(rate * (t - lastT))
                        : Integer.getInteger("cdnx.bench.dots", DOTS) - vm.dots.live();
                lastT = t;
                for (int i = 0; i < missing; i++) {
                    addDot(t);
                }
                if (rnd.nextInt(4) == 0) {
                    vm.dots.add(flash(t));
                }
                overlay.frame();
                long p1 = System.nanoTime();
                frames++;
                allFrames++;
                // Warm by time and by frames: on a loaded machine two seconds can be a handful of frames, and
                // code the JIT has not compiled yet is no measure of a frame's work.
                boolean warm = now - start > 2_000_000_000L && allFrames > WARM_FRAMES;
                if (warm && warmStart == 0) {
                    warmStart = now;
                }
                if (now - windowStart >= 1_000_000_000L) {
                    if (warm) {
                        fps.add(frames * 1e9 / (now - windowStart));
                    }
                    frames = 0;
                    windowStart = now;
                }
                if (warm) {
                    if (measured == 0) {
                        fx0 = threads.getCurrentThreadCpuTime();
                        render0 = cpu(threads, renderThread);
                        engine0 = engineCpu(threads);
                        sprites0 = overlay.spritesDrawn();
                        composed0 = overlay.composedPixels();
                    }
                    measured++;
                    paint.add((p1 - p0) / 1e6);
                }
                if (warm && now - warmStart >= seconds * 1e9 && measured > MEASURED_FRAMES) {
                    stop();
                    long n = Math.max(1, measured - 1);
                    double fxMs = (threads.getCurrentThreadCpuTime() - fx0) / 1e6 / n;
                    double renderMs = (cpu(threads, renderThread) - render0) / 1e6 / n;
                    double engineMs = (engineCpu(threads) - engine0) / 1e6 / n;
                    long sprites = overlay.spritesDrawn() - sprites0;
                    long composed = overlay.composedPixels() - composed0;
                    int markers = vm.timeline().events().size();
                    vm.dispose();
                    String mode = (rate > 0
                                    ? String.format(
                                            "%,d requests/s, %s", rate, vm.dots.aggregated ? "flow bands" : "dots")
                                    : vm.countersOnMapProperty().get()
                                            ? "shaped dots, counters on every cache"
                                            : "shaped dots")
                            + (overlay.carriesUnderlay()
                                    ? ", static layer carried by the raster"
                                    : ", static layer drawn");
                    done.complete(new Result(
                            median(fps),
                            min(fps),
                            max(fps),
                            median(paint),
                            fxMs,
                            renderMs,
                            engineMs,
                            n,
                            sprites,
                            composed,
                            markers,
                            vm.dots.moving,
                            g.size(),
                            overlay.rasterSize(),
                            System.getProperty("prism.order", "default"),
                            mode,
                            EditorBenchReport.commit(),
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                }
            }

            private void addDot(double from) {
                int l = rnd.nextInt(links);
                boolean up = rnd.nextBoolean();
                int a = up ? g.linkFrom[l] : g.linkTo[l];
                int b = up ? g.linkTo[l] : g.linkFrom[l];
                vm.dots.addMove(
                        a,
                        b,
                        from,
                        from + 0.5 + rnd.nextDouble() * 2.5,
                        (byte) rnd.nextInt(DotClass.COUNT),
                        rnd.nextLong() & Long.MAX_VALUE);
            }

            private HopBatch flash(double at) {
                HopBatch b = new HopBatch();
                int node = rnd.nextInt(g.size());
                b.add(node, node, at, at, DotClass.MISS, HopBatch.FLASH, 0);
                return b;
            }
        }.start();
        return done;
    }

    private static long threadId(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name))
                .mapToLong(Thread::getId)
                .findFirst()
                .orElse(-1);
    }

    private static long cpu(ThreadMXBean threads, long id) {
        return id < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(id));
    }

    /** CPU time of the engine's threads ({@code cdnx-run-N}). */
    private static long engineCpu(ThreadMXBean threads) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("cdnx-run-"))
                .mapToLong(t -> cpu(threads, t.getId()))
                .sum();
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
