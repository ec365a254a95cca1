package dev.cdnx.app.export;

import java.nio.file.Path;

/**
 * An unattended recording of the live run ({@code --export-gif FILE}): {@code seconds} of GIF at
 * {@link #FPS} frames a second, each GIF second showing {@code speed} simulated seconds, at most
 * {@link #MAX_WIDTH} pixels wide. The frames are spaced in simulated time, not wall time, so a loaded
 * machine gives the same GIF as a quiet one, only later.
 */
public record GifOptions(Path out, double seconds, double speed) {

    public static final double DEFAULT_SECONDS = 10;
    /** Frames per GIF second. */
    public static final int FPS = 10;
    /** The widest frame in pixels; a wider view is scaled down (a story GIF stays small). */
    public static final int MAX_WIDTH = 800;
    /** The longest recording, so the frames held in memory stay bounded ({@link GifRecorder#MAX_FRAMES}). */
    public static final double MAX_SECONDS = GifRecorder.MAX_FRAMES / (double) FPS;

    /** The options, or a one-line message when the length is out of range. */
    public static GifOptions of(Path out, double seconds, double speed) {
        if (seconds > MAX_SECONDS || Math.round(seconds * FPS) < 2) {
            throw new IllegalArgumentException(
                    "--gif-seconds takes 0.2 to " + (int) MAX_SECONDS + " seconds, not " + seconds);
        }
        return new GifOptions(out, seconds, speed);
    }

    /** How many frames the GIF has. */
    public int frames() {
        return (int) Math.round(seconds * FPS);
    }

    /** Simulated seconds between two frames. */
    public double simStep() {
        return speed / FPS;
    }
}
