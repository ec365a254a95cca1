package dev.cdnx.app.panels;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Collapses a burst of requests into one action, run on the context's UI executor once {@code delay}
 * has passed without a new request. A zero delay runs the action at once, on the caller's thread.
 */
public final class Debouncer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cdnx-panels-debounce");
        t.setDaemon(true);
        return t;
    });

    private final PanelContext context;
    private final Runnable action;
    private ScheduledFuture<?> pending;

    public Debouncer(PanelContext context, Runnable action) {
        this.context = context;
        this.action = action;
    }

    /** Asks for the action; repeated calls within the delay run it once. */
    public synchronized void request() {
        Duration d = context.debounce();
        if (d == null || d.isZero()) {
            action.run();
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = TIMER.schedule(() -> context.ui().execute(action), d.toMillis(), TimeUnit.MILLISECONDS);
    }
}
