package dev.cdnx.app.run;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Frames per second of the display and engine events per second, over half-second windows, for the
 * run bar's readout.
 */
final class FrameMeter {

    private static final long WINDOW_NANOS = 500_000_000L;

    private final ReadOnlyDoubleWrapper fps = new ReadOnlyDoubleWrapper(this, "fps");
    private final ReadOnlyDoubleWrapper eventRate = new ReadOnlyDoubleWrapper(this, "eventRate");
    private long windowStart;
    private long windowEvents;
    private int frames;

    /** Counts a frame at wall time {@code now} (ns), when the engine had processed {@code events} in all. */
    void frame(long now, long events) {
        frames++;
        if (windowStart == 0) {
            windowStart = now;
            windowEvents = events;
        } else if (now - windowStart >= WINDOW_NANOS) {
            double secs = (now - windowStart) * 1e-9;
            fps.set(frames / secs);
            eventRate.set(Math.max(0, events - windowEvents) / secs);
            frames = 0;
            windowStart = now;
            windowEvents = events;
        }
    }

    /** A new run starts counting its events from zero. */
    void restart() {
        windowEvents = 0;
    }

    ReadOnlyDoubleProperty fpsProperty() {
        return fps.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty eventRateProperty() {
        return eventRate.getReadOnlyProperty();
    }
}
