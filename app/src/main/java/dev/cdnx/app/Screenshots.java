package dev.cdnx.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene once it has settled (a few pulses after showing), then runs {@code then}. */
final class Screenshots {

    private Screenshots() {
    }

    /** After the scene has settled (a dozen pulses), writes it to {@code png} (unless null), then runs {@code then}. */
    static void afterSettling(Scene scene, Path png, Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 12) {
                    return;
                }
                stop();
                if (png == null) {
                    then.run();
                    return;
                }
                try {
                    write(scene, png);
                    System.out.println("screenshot written to " + png.toAbsolutePath());
                } catch (IOException | RuntimeException e) {
                    System.err.println("cdn-explorer: cannot write the screenshot " + png + ": " + e.getMessage());
                }
                then.run();
            }
        }.start();
    }

    static void write(Scene scene, Path png) throws IOException {
        WritableImage img = scene.snapshot(null);
        Path abs = png.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", abs.toFile());
    }
}
