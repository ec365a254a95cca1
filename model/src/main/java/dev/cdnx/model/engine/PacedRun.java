package dev.cdnx.model.engine;

import java.util.function.LongSupplier;

/**
 * Drives a {@link Simulation} so that simulated time follows wall time × speed, or as fast as possible
 * (infinite speed, in bounded slices so a caller stays responsive). The wall clock is passed in as a
 * nanosecond source, so the model itself never reads it and tests can use a fake one. Not thread-safe:
 * call from the thread that drives the simulation.
 */
public final class PacedRun {

    /** Events processed per {@link #advance()} call at infinite speed. */
    public static final int FAST_SLICE = 200_000;

    private final Simulation simulation;
    private final LongSupplier nanoClock;
    private double speed = 1.0;
    private boolean playing;
    private long wallAtPlay;
    private double simAtPlay;

    public PacedRun(Simulation simulation, LongSupplier nanoClock) {
        this.simulation = simulation;
        this.nanoClock = nanoClock;
    }

    public Simulation simulation() {
        return simulation;
    }

    /** Simulated seconds per wall second; {@code Double.POSITIVE_INFINITY} for as fast as possible. */
    public void setSpeed(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be more than zero, got " + speed);
        }
        rebase();
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    public void play() {
        if (!playing) {
            playing = true;
            rebase();
        }
    }

    public void pause() {
        playing = false;
    }

    public boolean playing() {
        return playing && !simulation.finished();
    }

    private void rebase() {
        wallAtPlay = nanoClock.getAsLong();
        simAtPlay = simulation.now();
    }

    /**
     * Advances the simulation to where wall time says it should be now (or by one slice at infinite
     * speed). Returns the simulated time reached; does nothing while paused.
     */
    public double advance() {
        if (!playing) {
            return simulation.now();
        }
        if (Double.isInfinite(speed)) {
            for (int i = 0; i < FAST_SLICE && simulation.step(); i++) {
                // Bounded slice: the caller gets control back to draw and to hear pause.
            }
            if (simulation.finished()) {
                simulation.runUntil(simulation.duration());
            }
            return simulation.now();
        }
        double target = simAtPlay + (nanoClock.getAsLong() - wallAtPlay) / 1e9 * speed;
        simulation.runUntil(Math.min(target, simulation.duration()));
        return simulation.now();
    }
}
