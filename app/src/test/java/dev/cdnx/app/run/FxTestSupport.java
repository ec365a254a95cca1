package dev.cdnx.app.run;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;

/** Starts the FX toolkit once and runs view-model code on the FX thread, as the app does. */
public final class FxTestSupport {

    private static boolean started;

    private FxTestSupport() {}

    /**
     * Starts JavaFX the way TestFX does (its primary stage), so that robot tests running later in the same
     * JVM find the toolkit as they expect. Starting it with {@code Platform.startup} instead left TestFX
     * without its stage, and every robot test after such a test lost its clicks.
     */
    public static synchronized void startFx() {
        if (started) {
            return;
        }
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    public static <T> T fx(Supplier<T> s) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void fxRun(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Waits for the engine to finish what it was asked, then shows its state at once. */
    static void settle(RunViewModel vm) {
        try {
            vm.engineIdle().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        fxRun(vm::catchUp);
    }

    static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        await(condition, millis, () -> "");
    }

    /** As {@link #await(BooleanSupplier, long)}, saying what was seen (read on the FX thread) if it fails. */
    static void await(BooleanSupplier condition, long millis, java.util.function.Supplier<String> seen)
            throws InterruptedException {
        if (!awaitQuietly(condition, millis)) {
            throw new AssertionError("condition not met within " + millis + " ms. " + fx(seen));
        }
    }

    /** Whether {@code condition}, read on the FX thread, holds within {@code millis}. */
    static boolean awaitQuietly(BooleanSupplier condition, long millis) throws InterruptedException {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, () -> fx(condition::getAsBoolean));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /**
     * Waits until the view-model's animation timer has shown {@code frames} more frames: a test sees what
     * that much display time does by counting the pulses, not by sleeping.
     */
    public static void awaitFrames(RunViewModel vm, int frames) throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        javafx.util.Subscription counting = fx(() -> vm.addFrameListener(seen::incrementAndGet));
        try {
            await(() -> seen.get() >= frames, 30_000);
        } finally {
            fxRun(counting::unsubscribe);
        }
    }

    /** A run on sample {@code name} (e.g. {@code hello-cdn.json}), made on the FX thread. */
    static RunViewModel run(String name) {
        return fx(() -> new RunViewModel(new ScenarioDocument(sample(name))));
    }

    /**
     * {@code vm}'s layer of dots and figures as the canvas holds it (in a group, in a pane), in an
     * 800 × 600 scene of its own; tests call its frames themselves.
     */
    static RunOverlay overlay(RunViewModel vm) {
        return fx(() -> {
            RunOverlay o = new RunOverlay(vm);
            new javafx.scene.Scene(new javafx.scene.layout.Pane(new javafx.scene.Group(o)), 800, 600);
            return o;
        });
    }

    static Scenario sample(String name) {
        try (InputStream in = FxTestSupport.class.getResourceAsStream("/dev/cdnx/samples/" + name)) {
            return ScenarioIO.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name)
                    .orThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A canvas of {@code w} × {@code h} on {@code editor}'s drawing at 100 % zoom, the view on the middle of
     * the drawing on whole pixels (set before the canvas listens, so the view is at rest), styled in the
     * selected theme and laid out. FX thread.
     */
    static CanvasView canvasOnTheMiddle(EditorViewModel editor, int w, int h) {
        List<NodeSpec> nodes = editor.scenario().topology.nodes;
        double cx = nodes.stream().mapToDouble(n -> n.x).average().orElse(0);
        double cy = nodes.stream().mapToDouble(n -> n.y).average().orElse(0);
        editor.viewport().scaleProperty().set(1);
        editor.viewport().txProperty().set(Math.rint(w / 2.0 - cx));
        editor.viewport().tyProperty().set(Math.rint(h / 2.0 - cy));
        CanvasView c = new CanvasView(editor);
        Theme.install(new Scene(c, w, h));
        c.applyCss();
        c.layout();
        return c;
    }
}
