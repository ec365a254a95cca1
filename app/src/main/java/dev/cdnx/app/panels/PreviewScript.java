package dev.cdnx.app.panels;

import dev.cdnx.app.panels.compare.SweepParameter;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.SimDuration;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The preview's scripted part, on its own thread: the Compare demo (run, pin, change the TTL, run again,
 * sweep the TTL) and the screenshot. Every step is posted to the FX thread and waited for.
 */
final class PreviewScript extends Thread {

    private final PanelsController panels;
    private final ScenarioDocument doc;
    private final Stage stage;
    private final PreviewApp.PreviewOptions o;

    PreviewScript(PanelsController panels, ScenarioDocument doc, Stage stage, PreviewApp.PreviewOptions o) {
        super("cdnx-preview-script");
        setDaemon(true);
        this.panels = panels;
        this.doc = doc;
        this.stage = stage;
        this.o = o;
    }

    @Override
    public void run() {
        try {
            if (o.demo()) {
                demo();
            }
            if (o.screenshot() != null) {
                pause(1500);
                waitFor(() -> !panels.cost().runningProperty().get(), 120);
                pause(500);
                fx(() -> shot(new File(o.screenshot())));
                fx(PreviewApp::exit);
            }
        } catch (Exception e) {
            e.printStackTrace();
            fx(PreviewApp::exit);
        }
    }

    private void demo() throws Exception {
        var c = panels.compare();
        fx(c::runNow);
        waitFor(() -> c.currentProperty().get() != null && !c.runningProperty().get(), 120);
        fx(c::pinBaseline);
        fx(() -> doc.updateSettings(s -> s.policy.ttl = SimDuration.ofSeconds(30)));
        fx(c::runNow);
        pause(200);
        waitFor(() -> !c.runningProperty().get(), 120);
        fx(() -> doc.updateSettings(s -> s.policy.ttl = null));
        var sw = c.sweep();
        fx(() -> {
            sw.parameterProperty().set(SweepParameter.TTL);
            sw.fromProperty().set(10);
            sw.toProperty().set(600);
            sw.stepsProperty().set(4);
            sw.start();
        });
        pause(200);
        waitFor(() -> !sw.runningProperty().get(), 300);
    }

    private static void shot(File f) {
        try {
            var scene = javafx.stage.Window.getWindows().get(0).getScene();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", f);
            System.out.println("wrote " + f);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fx(Runnable r) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier cond, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<Boolean> v = new CompletableFuture<>();
            Platform.runLater(() -> v.complete(cond.getAsBoolean()));
            try {
                if (v.get(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(100);
        }
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
