package dev.cdnx.app.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;

/**
 * Records a stretch of the live run as an animated GIF: every {@code everyPulses} pulses it snapshots the
 * node (on the FX thread, as it must), for {@code seconds} of wall time or {@link #MAX_FRAMES} frames,
 * then encodes on a background executor. The frame delay is the measured time between snapshots, so the
 * GIF plays at the speed the person watched.
 */
public final class GifRecorder {

    /** The most frames one recording keeps (about 30 s at 10 frames a second). */
    public static final int MAX_FRAMES = 300;
    /** The most pixel memory the frames may hold before recording stops early (256 MB). */
    public static final long MAX_FRAME_BYTES = 256L << 20;

    private final Node node;
    private final int everyPulses;
    private final double seconds;
    private final Executor encoder;
    private final List<BufferedImage> frames = new ArrayList<>();
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private AnimationTimer timer;
    private Path out;
    private long started;
    private long pulses;
    private long frameBytes;

    /** Records {@code node} every {@code everyPulses} pulses (60 a second) for {@code seconds}; encodes on the common pool. */
    public GifRecorder(Node node, int everyPulses, double seconds) {
        this(node, everyPulses, seconds, ForkJoinPool.commonPool());
    }

    public GifRecorder(Node node, int everyPulses, double seconds, Executor encoder) {
        if (everyPulses < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("record every ≥ 1 pulse for a positive number of seconds");
        }
        this.node = node;
        this.everyPulses = everyPulses;
        this.seconds = seconds;
        this.encoder = encoder;
    }

    /**
     * Starts recording (FX thread). The future completes with the number of frames once the GIF is
     * written, or exceptionally with a message for the person.
     */
    public CompletableFuture<Integer> start(Path target) {
        if (timer != null) {
            throw new IllegalStateException("this recorder already ran");
        }
        out = target;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (started == 0) {
                    started = now;
                }
                if (pulses++ % everyPulses == 0) {
                    capture();
                }
                if ((now - started) / 1e9 >= seconds || frames.size() >= MAX_FRAMES || frameBytes >= MAX_FRAME_BYTES) {
                    finish(now);
                }
            }
        };
        timer.start();
        return done;
    }

    /** Stops early and writes what was recorded (FX thread). */
    public void stop() {
        if (timer != null && !done.isDone()) {
            finish(System.nanoTime());
        }
    }

    private long lastNow;
    private Supplier<String> caption;

    /**
     * Stamps each frame with this text in its top right corner (the run's clock, so a GIF says when each
     * moment happened); null for none. Read on the FX thread at each snapshot.
     */
    public GifRecorder withCaption(Supplier<String> text) {
        this.caption = text;
        return this;
    }

    /** Draws {@code text} on a dark tag in the image's top right corner. */
    static void stamp(BufferedImage image, String text) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 13));
            FontMetrics fm = g.getFontMetrics();
            int w = fm.stringWidth(text) + 12;
            int h = fm.getHeight() + 6;
            int x = Math.max(0, image.getWidth() - w - 8);
            int y = 8;
            g.setColor(new java.awt.Color(31, 36, 48, 220));
            g.fillRoundRect(x, y, w, h, 8, 8);
            g.setColor(java.awt.Color.WHITE);
            g.drawString(text, x + 6, y + 3 + fm.getAscent());
        } finally {
            g.dispose();
        }
    }

    private void capture() {
        try {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            BufferedImage f = SwingFXUtils.fromFXImage(node.snapshot(p, null), null);
            if (caption != null) {
                stamp(f, caption.get());
            }
            frames.add(f);
            frameBytes += 4L * f.getWidth() * f.getHeight();
        } catch (RuntimeException e) {
            timer.stop();
            done.completeExceptionally(e);
        }
    }

    private void finish(long now) {
        timer.stop();
        if (done.isDone()) {
            return;
        }
        lastNow = now;
        List<BufferedImage> copy = List.copyOf(frames);
        frames.clear();
        if (copy.size() < 2) {
            done.completeExceptionally(new IllegalStateException("the recording was too short for an animation"));
            return;
        }
        double elapsedMs = Math.max(1, (lastNow - started) / 1e6);
        int delay = (int) Math.round(elapsedMs / copy.size());
        var unused = CompletableFuture.runAsync(
                        () -> {
                            try {
                                GifWriter.write(copy, delay, out);
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
