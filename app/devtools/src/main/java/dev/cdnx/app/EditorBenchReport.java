package dev.cdnx.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What {@code --bench-editor} prints: a line per phase for people, or with {@code --bench-editor-json} one
 * JSON object for scripts that compare commits. Every report names the commit it measured (with
 * {@code +dirty} when the working tree had uncommitted changes) and the machine's load average, since
 * frame rates on a shared machine mean little without it.
 */
public final class EditorBenchReport {

    private final BenchPhase pan;
    private final BenchPhase drag;
    private final int nodes;
    private final double seconds;

    EditorBenchReport(BenchPhase pan, BenchPhase drag, int nodes, double seconds) {
        this.pan = pan;
        this.drag = drag;
        this.nodes = nodes;
        this.seconds = seconds;
    }

    String text() {
        return String.format(
                Locale.ROOT,
                "bench-editor commit %s, load average %.2f, prism %s%n%s%n%s",
                commit(),
                loadAverage(),
                System.getProperty("prism.order", "default"),
                pan.describe(),
                drag.describe());
    }

    String json() {
        return String.format(
                Locale.ROOT,
                "{\"panZoomFps\":%.1f,\"dragFps\":%.1f,\"p95Ms\":%.2f,\"dragP95Ms\":%.2f,"
                        + "\"commit\":\"%s\",\"nodes\":%d,\"seconds\":%s,\"loadAverage\":%.2f,"
                        + "\"panFrames\":%d,\"dragFrames\":%d,"
                        + "\"panFxCpuMs\":%.2f,\"panRenderCpuMs\":%.2f,\"dragFxCpuMs\":%.2f,\"dragRenderCpuMs\":%.2f,"
                        + "\"panStaticRenders\":%d,\"panNamePlacings\":%d,\"dragStaticRenders\":%d,\"dragNamePlacings\":%d,"
                        + "\"panLayerCopies\":%d,\"dragLayerCopies\":%d}",
                pan.medianFps(),
                drag.medianFps(),
                pan.p95Ms(),
                drag.p95Ms(),
                commit(),
                nodes,
                String.format(Locale.ROOT, "%.1f", seconds),
                loadAverage(),
                pan.frames(),
                drag.frames(),
                pan.fxCpuMs(),
                pan.renderCpuMs(),
                drag.fxCpuMs(),
                drag.renderCpuMs(),
                pan.staticRenders(),
                pan.placementPasses(),
                drag.staticRenders(),
                drag.placementPasses(),
                pan.layerCopies(),
                drag.layerCopies());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The commit of the working directory (the app runs from the repository root), or "unknown" where git
     * is missing or this is not a repository.
     */
    public static String commit() {
        String head = git("rev-parse", "--short=10", "HEAD");
        if (head == null || head.isEmpty()) {
            return "unknown";
        }
        String changes = git("status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? head : head + "+dirty";
    }

    private static String git(String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
