package dev.cdnx.app.run;

import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The rendering benchmark behind {@code --bench-animation SECONDS}: the generated 300-node scenario
 * ({@link BenchScenarios#large}) with 10,000 request dots always in flight along its links, each drawn as
 * its outcome's shaped sprite (flow bands held off), by the real {@link RunOverlay} (dots, miss trails,
 * flashes, gauges, every cache's counters and the origin badges, from a one-second engine run) over a
 * backdrop of the links and nodes, in a 1600×900 window at 100 % zoom. With {@code -Dcdnx.bench.rate=N}
 * it feeds N requests per simulated second instead (at 1×, each a hop of 0.5–3 s) and leaves the switch
 * to flow bands on: the aggregated mode. Reports the median frames per second over one-second windows
 * after a two-second warm-up, and the median time spent painting the overlay per frame.
 */
public final class AnimationBench {

    /** What a benchmark measured. */
    public record Result(
            double medianFps,
            double minFps,
            double maxFps,
            double medianPaintMs,
            int dots,
            int nodes,
            String raster,
            String pipeline,
            String mode) {

        @Override
        public String toString() {
            return String.format(
                    "Live run animation: %d nodes, %s, %d in flight at the end, raster %s, pipeline %s%n"
                            + "  median %.1f fps (min %.1f, max %.1f over 1-s windows), median overlay paint %.2f ms/frame",
                    nodes, mode, dots, raster, pipeline, medianFps, minFps, maxFps, medianPaintMs);
        }
    }

    public static final int DOTS = 10_000;

    private AnimationBench() {}

    /** Runs the benchmark in {@code stage} for {@code seconds} (plus warm-up); completes on the FX thread. */
    public static CompletableFuture<Result> run(Stage stage, double seconds) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        ScenarioDocument doc = new ScenarioDocument(BenchScenarios.large(7));
        RunViewModel vm = new RunViewModel(doc);
        RunGeometry g = vm.geometryProperty().get();
        WorldBackdrop backdrop = new WorldBackdrop();
        backdrop.paint(g, false);
        RunOverlay overlay = new RunOverlay(vm);
        overlay.stopFramePulses();
        long rate = Long.getLong("cdnx.bench.rate", 0);
        if (rate <= 0) {
            vm.dots.aggregateAbove = Integer.MAX_VALUE;
        }
        vm.countersOnMapProperty().set(true);
        Group world = new Group(backdrop, overlay);
        if (Boolean.getBoolean("cdnx.bench.noBackdrop")) {
            world.getChildren().remove(backdrop);
        }
        // the editor at 100 % zoom, the world scrolled to its top-left corner
        world.setTranslateX(-Math.floor(g.minX - 40));
        world.setTranslateY(-Math.floor(g.minY - 40));
        Pane root = new Pane(world);
        Scene scene = new Scene(root, 1600, 900);
        // The app's theme, as in the main window: the run reads its palette from it.
        dev.cdnx.app.theme.Theme.install(scene);
        stage.setScene(scene);
        stage.setTitle("CDN Explorer — animation benchmark");
        stage.show();
        // One second of the real engine, so the gauges, counters and badges have figures to draw.
        var unused = vm.seek(1).thenRun(() -> javafx.application.Platform.runLater(vm::catchUp));

        Random rnd = new Random(1);
        int links = g.links();
        new AnimationTimer() {
            private long start;
            private long windowStart;
            private int frames;
            private double t;
            private long last;
            private final List<Double> fps = new ArrayList<>();
            private final List<Double> paint = new ArrayList<>();

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                    windowStart = now;
                    last = now;
                    for (int i = 0; i < DOTS; i++) {
                        addDot(-rnd.nextDouble() * 2);
                    }
                }
                t += (now - last) * 1e-9;
                // keep DOTS in flight: every dot that lands is replaced by a new one
                double dt = (now - last) * 1e-9;
                vm.dots.advance(t, now);
                int missing = rate > 0
                        ? (int) Math.round(rate * dt)
                        : Integer.getInteger("cdnx.bench.dots", DOTS) - vm.dots.live();
                for (int i = 0; i < missing; i++) {
                    addDot(t);
                }
                if (rnd.nextInt(4) == 0) {
                    vm.dots.add(flash(t));
                }
                last = now;
                long p0 = System.nanoTime();
                overlay.frame();
                if (!Boolean.getBoolean("cdnx.bench.noGauges")) {
                    overlay.invalidateGauges();
                }
                long p1 = System.nanoTime();
                frames++;
                if (now - windowStart >= 1_000_000_000L) {
                    if (now - start > 2_000_000_000L) {
                        fps.add(frames * 1e9 / (now - windowStart));
                    }
                    frames = 0;
                    windowStart = now;
                }
                if (now - start > 2_000_000_000L) {
                    paint.add((p1 - p0) / 1e6);
                }
                if (now - start >= (seconds + 2) * 1e9) {
                    stop();
                    vm.dispose();
                    String mode = rate > 0
                            ? String.format("%,d requests/s, %s", rate, vm.dots.aggregated ? "flow bands" : "dots")
                            : "shaped dots";
                    done.complete(new Result(
                            median(fps),
                            min(fps),
                            max(fps),
                            median(paint),
                            vm.dots.moving,
                            g.size(),
                            overlay.rasterSize(),
                            System.getProperty("prism.order", "default"),
                            mode));
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
