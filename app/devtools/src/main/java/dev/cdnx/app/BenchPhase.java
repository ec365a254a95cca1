package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The frames of one benchmark phase: each frame's wall time, and the CPU time that the JavaFX application
 * thread and the render thread spent on it. Wall time is what a user sees but swings with whatever else
 * runs on the machine; the CPU time per frame is the work the program does for a frame, which stays
 * put under load, so commits can be compared on a busy machine too.
 */
final class BenchPhase {

    /** Name of the Prism render thread (it rasterises the scene after the FX thread has laid it out). */
    private static final String RENDER_THREAD = "QuantumRenderer-0";

    private final String name;
    private final CanvasView canvas;
    private CanvasView.WorkCounts firstWork;
    private CanvasView.WorkCounts lastWork;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long renderThreadId;
    private long[] wall = new long[256];
    private long[] fxCpu = new long[256];
    private long[] renderCpu = new long[256];
    private int count;
    private long lastFxCpu = -1;
    private long lastRenderCpu;

    BenchPhase(String name, CanvasView canvas) {
        this.name = name;
        this.canvas = canvas;
        renderThreadId = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(RENDER_THREAD))
                .mapToLong(Thread::getId)
                .findFirst()
                .orElse(-1);
    }

    String name() {
        return name;
    }

    /**
     * Called on the FX thread once per frame: the frame that ends now took {@code wallNanos}; its CPU times
     * are what the two threads used since the previous call.
     */
    void frame(long wallNanos) {
        long fx = threads.getCurrentThreadCpuTime();
        long render = renderThreadId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThreadId));
        lastWork = canvas.workCounts();
        if (firstWork == null) {
            firstWork = lastWork;
        }
        if (lastFxCpu >= 0) {
            if (count == wall.length) {
                wall = Arrays.copyOf(wall, count * 2);
                fxCpu = Arrays.copyOf(fxCpu, count * 2);
                renderCpu = Arrays.copyOf(renderCpu, count * 2);
            }
            wall[count] = wallNanos;
            fxCpu[count] = fx - lastFxCpu;
            renderCpu[count] = render - lastRenderCpu;
            count++;
        }
        lastFxCpu = fx;
        lastRenderCpu = render;
    }

    int frames() {
        return count;
    }

    /** Median frames per second (from the median frame time); 0 without frames. */
    double medianFps() {
        double ms = quantileMs(wall, 0.5);
        return ms > 0 ? 1000 / ms : 0;
    }

    double p95Ms() {
        return quantileMs(wall, 0.95);
    }

    /** Mean CPU milliseconds per frame of the FX application thread (events, animation, CSS, layout). */
    double fxCpuMs() {
        return meanMs(fxCpu);
    }

    /** Mean CPU milliseconds per frame of the render thread (rasterising the scene). */
    double renderCpuMs() {
        return meanMs(renderCpu);
    }

    /** Full renders of the canvas's static layer during the phase. */
    long staticRenders() {
        return firstWork == null ? 0 : lastWork.staticRenders() - firstWork.staticRenders();
    }

    /** Copies of the rendered static layer to the screen during the phase (one per frame that moved the view). */
    long layerCopies() {
        return firstWork == null ? 0 : lastWork.layerCopies() - firstWork.layerCopies();
    }

    /** Passes of the name placer during the phase. */
    long placementPasses() {
        return firstWork == null ? 0 : lastWork.placementPasses() - firstWork.placementPasses();
    }

    /** Frames per wall-time band, in ms: under 17.5, 20, 25, 33.5, 50, and the rest. */
    int[] histogram() {
        int[] hist = new int[6];
        for (int i = 0; i < count; i++) {
            double ms = wall[i] / 1e6;
            hist[ms < 17.5 ? 0 : ms < 20 ? 1 : ms < 25 ? 2 : ms < 33.5 ? 3 : ms < 50 ? 4 : 5]++;
        }
        return hist;
    }

    /** One line for people: frames, median fps, p95, CPU per frame, histogram. */
    String describe() {
        int[] h = histogram();
        return String.format(
                Locale.ROOT,
                "bench-editor %-22s frames %5d  median %.1f fps (%.2f ms)  p95 %.2f ms"
                        + "  cpu/frame fx %.2f ms render %.2f ms  static renders %d  name placings %d  layer copies %d  histogram ms [<17.5:%d <20:%d <25:%d <33.5:%d <50:%d >=50:%d]",
                name,
                count,
                medianFps(),
                quantileMs(wall, 0.5),
                p95Ms(),
                fxCpuMs(),
                renderCpuMs(),
                staticRenders(),
                placementPasses(),
                layerCopies(),
                h[0],
                h[1],
                h[2],
                h[3],
                h[4],
                h[5]);
    }

    private double quantileMs(long[] values, double q) {
        if (count == 0) {
            return 0;
        }
        long[] a = Arrays.copyOf(values, count);
        Arrays.sort(a);
        return a[Math.min(count - 1, (int) (count * q))] / 1e6;
    }

    private double meanMs(long[] values) {
        if (count == 0) {
            return 0;
        }
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / 1e6 / count;
    }
}
