package dev.cdnx.app.export;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Records the live run as the GIF of {@link GifOptions}: frame k shows the simulated time
 * {@code start + k × simStep}, so the GIF has exactly {@link GifOptions#frames()} frames of
 * {@code 1 / FPS} s each whatever the machine's load. On each pulse (after the run has moved its dots)
 * it takes every frame whose time the run's clock has reached; when one pulse passes several, the same
 * picture stands for each (the run could not be drawn in between). It stops early, with the frames so
 * far, if the run ends first. Frames wider than {@link GifOptions#MAX_WIDTH} are scaled down.
 */
public final class RunGifRecorder {

    private final Node node;
    private final DoubleSupplier simTime;
    private final BooleanSupplier ended;
    private final GifOptions options;
    private final Executor encoder;
    private final List<BufferedImage> frames = new ArrayList<>();
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private Supplier<String> caption;
    private AnimationTimer timer;
    private double start = Double.NaN;

    /**
     * Records {@code node} while {@code simTime} (the run's shown time) advances; {@code ended} says the
     * run has finished and will not advance any more.
     */
    public RunGifRecorder(
            Node node, DoubleSupplier simTime, BooleanSupplier ended, GifOptions options, Executor encoder) {
        this.node = node;
        this.simTime = simTime;
        this.ended = ended;
        this.options = options;
        this.encoder = encoder;
    }

    /** Stamps each frame with this text in its top right corner (the run's clock); null for none. */
    public RunGifRecorder withCaption(Supplier<String> text) {
        this.caption = text;
        return this;
    }

    /**
     * Starts recording at the run's current time (FX thread); the caller then plays the run at
     * {@link GifOptions#speed()}. Completes with the number of frames written, or exceptionally with a
     * message for the person.
     */
    public CompletableFuture<Integer> start() {
        if (timer != null) {
            throw new IllegalStateException("this recorder already ran");
        }
        start = simTime.getAsDouble();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
        frame();
        timer.start();
        return done;
    }

    /** Takes the frames whose simulated time has been reached; writes the GIF once all are taken. */
    void frame() {
        if (done.isDone()) {
            return;
        }
        double t = simTime.getAsDouble();
        BufferedImage picture = null;
        // a hair of slack, so a clock that lands exactly on a frame's time takes it
        while (frames.size() < options.frames() && t >= start + frames.size() * options.simStep() - 1e-9) {
            if (picture == null) {
                try {
                    picture = capture();
                } catch (RuntimeException e) {
                    timer.stop();
                    done.completeExceptionally(e);
                    return;
                }
            }
            frames.add(picture);
        }
        if (frames.size() >= options.frames() || ended.getAsBoolean()) {
            finish();
        }
    }

    private BufferedImage capture() {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        double width = node.getLayoutBounds().getWidth();
        if (width > GifOptions.MAX_WIDTH) {
            double s = GifOptions.MAX_WIDTH / width;
            p.setTransform(Transform.scale(s, s));
        }
        BufferedImage f = SwingFXUtils.fromFXImage(node.snapshot(p, null), null);
        if (caption != null) {
            GifRecorder.stamp(f, caption.get());
        }
        return f;
    }

    private void finish() {
        timer.stop();
        List<BufferedImage> copy = List.copyOf(frames);
        frames.clear();
        if (copy.size() < 2) {
            done.completeExceptionally(new IllegalStateException(
                    "the run ended before the GIF had two frames; start it earlier with --play-to"));
            return;
        }
        var unused = CompletableFuture.runAsync(
                        () -> {
                            try {
                                GifWriter.write(copy, 1000 / GifOptions.FPS, options.out());
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        encoder)
                .whenComplete((v, t) -> {
                    if (t != null) {
                        done.completeExceptionally(
                                t instanceof java.util.concurrent.CompletionException ? t.getCause() : t);
                    } else {
                        done.complete(copy.size());
                    }
                });
    }
}
