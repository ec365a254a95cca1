package dev.cdnx.lab;

/**
 * Turns the drawing's milliseconds (link round trips, origin service time) into real waits, scaled by
 * a factor the user sets: 1 waits as drawn, 0.1 ten times faster, 0 not at all. One instance is shared
 * by every server of a lab, so changing the factor applies at once everywhere.
 */
public final class Delays {

    /** The longest single wait, whatever the drawing and factor say, so a typo cannot hang a request. */
    static final long MAX_WAIT_MILLIS = 5_000;

    private volatile double factor;

    public Delays(double factor) {
        setFactor(factor);
    }

    public double factor() {
        return factor;
    }

    /** Sets the scale; negative or not-a-number values are refused. */
    public void setFactor(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("delay factor must be 0 or more, got " + factor);
        }
        this.factor = factor;
    }

    /** The real wait for {@code drawnMillis}, in milliseconds. */
    long scaled(double drawnMillis) {
        return Math.min(MAX_WAIT_MILLIS, Math.round(Math.max(0, drawnMillis) * factor));
    }

    /** Waits {@code drawnMillis} scaled; returns early (keeping the interrupt) when the server stops. */
    void pause(double drawnMillis) {
        long wait = scaled(drawnMillis);
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
