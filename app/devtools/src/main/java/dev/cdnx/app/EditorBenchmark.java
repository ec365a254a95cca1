package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --bench-editor SECONDS}: a generated 500-node topology (200 users, 280 edges, 16 shields,
 * 4 origins, 500 links), then half the time panning and zooming, half dragging a selection of 50 nodes
 * (the same live preview a mouse drag uses). Panning swings ±200 px while the zoom swings two wheel
 * steps either way (×1.44 … ÷1.44); the motion follows the frame count, so every run asks the same
 * work of each frame whatever the machine's speed. It runs in the main window as a user sees it (the
 * live-run layer, counters, legend and minimap mounted; the 50 selected nodes are live views with their
 * names). Frame times come from an AnimationTimer; the report gives each phase's median fps, 95th-percentile
 * frame time and the CPU time per frame of the FX and render threads (see {@link BenchPhase}), then the
 * app exits.
 */
final class EditorBenchmark {

    /** Frames of the first second and a half, and at least the first 60, are not counted (first layout, CSS, JIT). */
    private static final long WARMUP = 1_500_000_000L;

    private static final int WARMUP_FRAMES = 60;

    private final MainView view;
    private final double seconds;
    private final boolean json;

    /** With {@code json}, the report is one JSON object ({@link EditorBenchReport#json()}). */
    EditorBenchmark(MainView view, double seconds, boolean json) {
        this.view = view;
        this.seconds = seconds;
        this.json = json;
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
        BenchPhase pan = new BenchPhase("pan/zoom, 500 nodes", canvas);
        BenchPhase drag = new BenchPhase("drag 50 of 500 nodes", canvas);
        new AnimationTimer() {
            private long phaseStart;
            private long last;
            private int frame;
            private BenchPhase phase;

            @Override
            public void handle(long now) {
                long dt = last == 0 ? 0 : now - last;
                last = now;
                frame++;
                if (phaseStart == 0) {
                    phaseStart = now;
                }
                long t = now - phaseStart;
                if (phase == null) {
                    // warming up: first layout, CSS, caches, JIT; on a loaded machine this takes more frames
                    if (t >= WARMUP && frame >= WARMUP_FRAMES) {
                        phase = pan;
                        phaseStart = now;
                        pan.frame(dt);
                    }
                } else if (phase == pan && t >= phaseNanos) {
                    phase = drag;
                    phaseStart = now;
                    drag.frame(dt);
                } else if (phase == drag && t >= phaseNanos) {
                    stop();
                    canvas.clearPreview();
                    EditorBenchReport report = new EditorBenchReport(
                            pan, drag, vm.scenario().topology.nodes.size(), seconds);
                    System.out.println(json ? report.json() : report.text());
                    Platform.exit();
                    return;
                } else {
                    phase.frame(dt);
                }
                if (phase == pan) {
                    // two wheel steps in and out (×1.44 … ÷1.44) while panning ±200 px
                    double k = Math.pow(1.44, Math.sin(frame / 40.0));
                    vm.viewport().scaleProperty().set(baseScale * k);
                    vm.viewport().txProperty().set(baseTx + 200 * Math.sin(frame / 25.0));
                    vm.viewport().tyProperty().set(baseTy + 80 * Math.cos(frame / 30.0));
                } else if (phase == drag) {
                    canvas.preview(fifty, 120 * Math.sin(frame / 20.0), 60 * Math.cos(frame / 20.0));
                }
            }
        }.start();
    }
}
