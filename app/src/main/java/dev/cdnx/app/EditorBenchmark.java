package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.MapProjection;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --bench-editor SECONDS}: a generated 500-node topology (200 users, 280 edges, 16 shields,
 * 4 origins, 500 links), then half the time panning and zooming, half dragging a selection of 50 nodes
 * (the same live preview a mouse drag uses). Panning swings ±200 px while the zoom swings two wheel
 * steps either way (×1.44 … ÷1.44). Frame times come from an AnimationTimer; the report gives
 * the median fps and the 95th-percentile frame time of each phase, then the app exits.
 */
final class EditorBenchmark {

    /** Frames in the first second and a half (first layout, CSS, caches) are not counted. */
    private static final long WARMUP = 1_500_000_000L;

    private final MainView view;
    private final double seconds;

    EditorBenchmark(MainView view, double seconds) {
        this.view = view;
        this.seconds = seconds;
    }

    static Scenario generate(int users, int edges, int shields, int origins, long seed) {
        Random r = new Random(seed);
        Scenario s = new Scenario();
        s.name = "Benchmark " + (users + edges + shields + origins) + " nodes";
        List<NodeSpec> os = place(s, r, NodeKind.ORIGIN, "origin", origins);
        List<NodeSpec> ss = place(s, r, NodeKind.SHIELD, "shield", shields);
        List<NodeSpec> es = place(s, r, NodeKind.EDGE, "edge", edges);
        List<NodeSpec> us = place(s, r, NodeKind.USERS, "users", users);
        link(s, us, es);
        link(s, es, ss);
        link(s, ss, os);
        return s;
    }

    private static List<NodeSpec> place(Scenario s, Random r, NodeKind kind, String stem, int count) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NodeSpec n = new NodeSpec(stem + "-" + (i + 1), kind);
            n.lat = Math.round((-40 + r.nextDouble() * 100) * 100) / 100.0;
            n.lon = Math.round((-170 + r.nextDouble() * 340) * 100) / 100.0;
            n.x = MapProjection.x(n.lon);
            n.y = MapProjection.y(n.lat);
            s.topology.nodes.add(n);
            out.add(n);
        }
        return out;
    }

    private static void link(Scenario s, List<NodeSpec> from, List<NodeSpec> to) {
        for (NodeSpec a : from) {
            NodeSpec best = to.get(0);
            for (NodeSpec b : to) {
                if (Math.hypot(a.x - b.x, a.y - b.y) < Math.hypot(a.x - best.x, a.y - best.y)) {
                    best = b;
                }
            }
            s.topology.links.add(new LinkSpec(a.name, best.name));
        }
    }

    void start() {
        EditorViewModel vm = view.viewModel();
        CanvasView canvas = view.canvas();
        vm.replace(generate(200, 280, 16, 4, 7));
        canvas.zoomToFit();
        double baseScale = vm.viewport().scale();
        double baseTx = vm.viewport().tx();
        double baseTy = vm.viewport().ty();
        Set<NodeSpec> fifty = new LinkedHashSet<>(vm.scenario().topology.nodes.subList(100, 150));
        vm.selection().set(new ArrayList<>(fifty));
        long phaseNanos = (long) (seconds / 2 * 1e9);
        List<Long> pan = new ArrayList<>();
        List<Long> drag = new ArrayList<>();
        new AnimationTimer() {
            private long t0;
            private long last;
            private int frame;

            @Override
            public void handle(long now) {
                if (t0 == 0) {
                    t0 = now;
                    last = now;
                    return;
                }
                long dt = now - last;
                last = now;
                long t = now - t0 - WARMUP;
                frame++;
                if (t < 0) {
                    return;
                }
                if (t < phaseNanos) {
                    if (frame > 5) {
                        pan.add(dt);
                    }
                    // two wheel steps in and out (×1.44 … ÷1.44) while panning ±200 px
                    double k = Math.pow(1.44, Math.sin(frame / 40.0));
                    vm.viewport().scaleProperty().set(baseScale * k);
                    vm.viewport().txProperty().set(baseTx + 200 * Math.sin(frame / 25.0));
                    vm.viewport().tyProperty().set(baseTy + 80 * Math.cos(frame / 30.0));
                } else if (t < 2 * phaseNanos) {
                    drag.add(dt);
                    canvas.preview(fifty, 120 * Math.sin(frame / 20.0), 60 * Math.cos(frame / 20.0));
                } else {
                    stop();
                    canvas.clearPreview();
                    report("pan/zoom, 500 nodes", pan);
                    report("drag 50 of 500 nodes", drag);
                    Platform.exit();
                }
            }
        }.start();
    }

    private static void report(String what, List<Long> frames) {
        if (frames.isEmpty()) {
            System.out.println(what + ": no frames");
            return;
        }
        long[] a = frames.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        double median = a[a.length / 2] / 1e6;
        double p95 = a[(int) (a.length * 0.95)] / 1e6;
        int[] hist = new int[6];
        for (long ns : a) {
            double ms = ns / 1e6;
            hist[ms < 17.5 ? 0 : ms < 20 ? 1 : ms < 25 ? 2 : ms < 33.5 ? 3 : ms < 50 ? 4 : 5]++;
        }
        System.out.printf(Locale.ROOT, "bench-editor %-22s frames %5d  median %.1f fps (%.2f ms)  p95 %.2f ms"
                + "  histogram ms [<17.5:%d <20:%d <25:%d <33.5:%d <50:%d >=50:%d]%n", what, a.length,
                1000 / median, median, p95, hist[0], hist[1], hist[2], hist[3], hist[4], hist[5]);
    }
}
