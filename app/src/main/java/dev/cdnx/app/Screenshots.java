package dev.cdnx.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a PNG of a scene once it has settled, then runs {@code then}: a dozen pulses after showing, and
 * once the background work the window shows (a panel's engine runs) has been idle for a while, so a
 * picture never catches a panel half-way through measuring.
 */
final class Screenshots {

    /** Pulses to wait at least, and pulses the work must stay idle (it starts after a short debounce). */
    private static final int MIN_FRAMES = 12;

    private static final int QUIET_FRAMES = 30;
    /** Gives up waiting for the work after this long and takes the picture anyway. */
    private static final long MAX_WAIT_NANOS = 120_000_000_000L;

    private Screenshots() {}

    /** After the scene has settled, writes it to {@code png} (unless null), then runs {@code then}. */
    static void afterSettling(Scene scene, Path png, Runnable then) {
        afterSettling(scene, png, () -> false, then);
    }

    /** As {@link #afterSettling(Scene, Path, Runnable)}, also waiting until {@code busy} has been false a while. */
    static void afterSettling(Scene scene, Path png, BooleanSupplier busy, Runnable then) {
        new AnimationTimer() {
            private int frames;
            private int quiet;
            private long start;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                quiet = busy.getAsBoolean() ? 0 : quiet + 1;
                boolean settled = ++frames >= MIN_FRAMES && quiet >= QUIET_FRAMES;
                if (!settled && now - start < MAX_WAIT_NANOS) {
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
        // Through the one safe writer: a kill or a full disk leaves what was there (checked in AppOptions).
        java.awt.image.BufferedImage picture = SwingFXUtils.fromFXImage(img, null);
        dev.cdnx.model.io.AtomicFiles.write(abs, dev.cdnx.model.io.AtomicFiles.OverwriteCheck.ANY, o -> {
            if (!ImageIO.write(picture, "png", o)) {
                throw new java.io.IOException("no PNG writer");
            }
        });
    }
}
