package dev.cdnx.app.panels;

import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.io.File;
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

    private final PreviewApp.PreviewOptions o;

    PreviewScript(PanelsController panels, ScenarioDocument doc, Stage stage, PreviewApp.PreviewOptions o) {
        super("cdnx-preview-script");
        setDaemon(true);
        this.panels = panels;
        this.doc = doc;

        this.o = o;
    }

    @Override
    public void run() {
        try {
            if (o.demo()) {
                CompareDemo.play(panels, doc);
            }
            if (o.screenshot() != null) {
                pause(1500);
                CompareDemo.waitFor(() -> !panels.cost().runningProperty().get(), 120);
                pause(500);
                CompareDemo.fx(() -> shot(new File(o.screenshot())));
                CompareDemo.fx(PreviewApp::exit);
            }
        } catch (Exception e) {
            e.printStackTrace();
            CompareDemo.fx(PreviewApp::exit);
        }
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

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
