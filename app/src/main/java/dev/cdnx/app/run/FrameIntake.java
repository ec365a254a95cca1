package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunResult;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the engine has sent, turned into what a frame shows: each pulse it takes the runner's batches
 * (dots, passed events, snapshots, results, the followed request) and, once the display clock has chosen
 * the time to show, publishes the snapshot and result due at that time and moves the dots there. Figures
 * come from the engine's snapshots, never from the drawn dots. One per {@link RunViewModel}; FX thread only.
 */
final class FrameIntake {

    final DotField dots = new DotField();
    private final MetricsHistory history = new MetricsHistory();
    private final TimedUpdates pending = new TimedUpdates();
    private final FrameMeter meter = new FrameMeter();
    private final ReadOnlyObjectWrapper<LiveSnapshot> snapshot;
    private final ReadOnlyObjectWrapper<RunResult> result;
    private final ReadOnlyObjectWrapper<TraceView> followed;
    private final ReadOnlyIntegerWrapper sampleEvery;
    private final ReadOnlyIntegerWrapper drawnDots;

    /** How far the engine has simulated (it runs a little ahead of the display). */
    private double engineTime;

    private boolean engineFinished;
    private long lastEvents;
    private long followedId = -1;

    /** {@code bean}: the view-model the properties belong to. */
    FrameIntake(Object bean) {
        snapshot = new ReadOnlyObjectWrapper<>(bean, "snapshot");
        result = new ReadOnlyObjectWrapper<>(bean, "result");
        followed = new ReadOnlyObjectWrapper<>(bean, "followed");
        sampleEvery = new ReadOnlyIntegerWrapper(bean, "sampleEvery", 1);
        drawnDots = new ReadOnlyIntegerWrapper(bean, "drawnDots");
    }

    /** Forgets the previous run: a new run of {@code duration} seconds drawn on {@code g} starts at 0. */
    void restart(RunGeometry g, double duration) {
        dots.reset(g);
        history.reset(duration);
        pending.clear();
        engineTime = 0;
        engineFinished = false;
        lastEvents = 0;
        meter.restart();
        followedId = -1;
        clearFigures();
        followed.set(null);
    }

    /** No run to show (the scenario got no engine): no snapshot, no result. */
    void clearFigures() {
        snapshot.set(null);
        result.set(null);
    }

    /** Takes every batch the runner has ready. Returns whether one of them was a jump's first. */
    boolean drain(EngineRunner runner, RunGeometry geometry) {
        boolean jumped = false;
        HopBatch b;
        while ((b = runner.poll()) != null) {
            if (b.jumped) {
                dots.reset(geometry);
                jumped = true;
            }
            dots.add(b);
            engineTime = Math.max(engineTime, b.engineTime);
            lastEvents = b.events;
            b.passed.forEach(pending::add);
            if (b.snapshot != null) {
                pending.add(b.snapshot);
            }
            if (b.result != null) {
                pending.add(b.result);
            }
            if (b.followed != null) {
                followed.set(b.followed);
                followedId = b.followed.id();
            }
            sampleEvery.set(b.sampleEvery);
            engineFinished = b.finished;
            runner.recycle(b);
        }
        return jumped;
    }

    /** Shows simulated time {@code t} at wall time {@code now}: the figures due by then and the dots there. */
    void show(double t, long now, EngineRunner runner) {
        LiveSnapshot s = pending.snapshotsDue(t, history);
        if (s != null) {
            snapshot.set(s);
        }
        RunResult r = pending.resultDue(t);
        if (r != null) {
            result.set(r);
        }
        dots.advance(t, now);
        runner.liveDots = dots.live();
        drawnDots.set(dots.visible);
        meter.frame(now, lastEvents);
    }

    /** Whether the engine has run to the end and the display has caught up with it at {@code t}. */
    boolean endShown(double t) {
        return engineFinished && t >= engineTime;
    }

    /** Whether a node is down in the latest snapshot shown (false before the first). */
    boolean isDown(String nodeName) {
        LiveSnapshot s = snapshot.get();
        if (s != null) {
            for (LiveSnapshot.NodeGauge g : s.nodes()) {
                if (g.name().equals(nodeName)) {
                    return g.down();
                }
            }
        }
        return false;
    }

    double engineTime() {
        return engineTime;
    }

    boolean engineFinished() {
        return engineFinished;
    }

    long followedId() {
        return followedId;
    }

    void follow(long traceId) {
        followedId = traceId;
    }

    void unfollow() {
        followed.set(null);
    }

    MetricsHistory history() {
        return history;
    }

    FrameMeter meter() {
        return meter;
    }

    ReadOnlyObjectProperty<LiveSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RunResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TraceView> followedProperty() {
        return followed.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty sampleEveryProperty() {
        return sampleEvery.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty drawnDotsProperty() {
        return drawnDots.getReadOnlyProperty();
    }
}
