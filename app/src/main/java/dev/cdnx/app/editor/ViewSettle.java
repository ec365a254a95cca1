package dev.cdnx.app.editor;

import javafx.animation.AnimationTimer;

/**
 * Tells when the view has come to rest after a pan, zoom or drag: once it has not moved for
 * {@link #QUIET_NANOS} and for at least {@link #QUIET_PULSES} pulses. The pulse count matters on a slow or
 * busy machine: there a single frame of a gesture in progress can take longer than the quiet time, and a
 * rule of time alone would call every frame settled and redo the settled-view work (a full re-render, the
 * placing of names) in each of them, making the frames slower still.
 *
 * <p>Driven by {@link #pulse(long)} once per pulse while the view is moving (an AnimationTimer in the
 * app, direct calls in tests), so it needs no clock of its own.
 */
final class ViewSettle {

    static final long QUIET_NANOS = 160_000_000L;
    static final int QUIET_PULSES = 2;

    private final Runnable onSettled;
    private boolean moving;
    private boolean movedSincePulse;
    private long quietSince = -1;
    private int quietPulses;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private final boolean driveItself;

    /** A settle detector that runs its own pulse timer while the view moves. */
    ViewSettle(Runnable onSettled) {
        this(onSettled, true);
    }

    /** With {@code driveItself} false, the caller feeds {@link #pulse(long)} (tests). */
    ViewSettle(Runnable onSettled, boolean driveItself) {
        this.onSettled = onSettled;
        this.driveItself = driveItself;
    }

    /** The view moved (again): it is in motion until it has been still long enough. */
    void moved() {
        movedSincePulse = true;
        if (!moving) {
            moving = true;
            if (driveItself) {
                timer.start();
            }
        }
    }

    /** Whether a gesture is moving the view now. */
    boolean isMoving() {
        return moving;
    }

    /** One pulse at time {@code now} (ns): counts the quiet; reports rest once it is long enough. */
    void pulse(long now) {
        if (!moving) {
            return;
        }
        if (movedSincePulse) {
            movedSincePulse = false;
            quietSince = now;
            quietPulses = 0;
            return;
        }
        quietPulses++;
        if (quietPulses >= QUIET_PULSES && now - quietSince >= QUIET_NANOS) {
            moving = false;
            quietSince = -1;
            if (driveItself) {
                timer.stop();
            }
            onSettled.run();
        }
    }
}
