package dev.cdnx.app.panels;

import dev.cdnx.app.panels.compare.SweepParameter;
import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.SimDuration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/**
 * The Compare panel shown at work, for pictures of it: run the scenario, pin the result as the
 * baseline, shorten the TTL to 30 s and run again, put the scenario's own TTL back, then sweep it from 10 s
 * to 600 s.
 * Runs on a thread of its own and blocks; every step is posted to the FX thread and waited for.
 */
public final class CompareDemo {

    private CompareDemo() {}

    /**
     * Plays the demonstration on {@code panels} over {@code doc}; call from a thread other than the FX
     * thread.
     *
     * @throws IllegalStateException when a step fails or does not finish within minutes
     */
    public static void play(PanelsController panels, ScenarioDocument doc) throws InterruptedException {
        var c = panels.compare();
        fx(c::runNow);
        waitFor(() -> c.currentProperty().get() != null && !c.runningProperty().get(), 120);
        fx(c::pinBaseline);
        SimDuration[] ownTtl = new SimDuration[1];
        fx(() -> {
            ownTtl[0] = doc.scenario().policy.ttl;
            doc.updateSettings(s -> s.policy.ttl = SimDuration.ofSeconds(30));
        });
        fx(c::runNow);
        Thread.sleep(200);
        waitFor(() -> !c.runningProperty().get(), 120);
        fx(() -> doc.updateSettings(s -> s.policy.ttl = ownTtl[0]));
        var sw = c.sweep();
        fx(() -> {
            sw.parameterProperty().set(SweepParameter.TTL);
            sw.fromProperty().set(10);
            sw.toProperty().set(600);
            sw.stepsProperty().set(4);
            sw.start();
        });
        Thread.sleep(200);
        waitFor(() -> !sw.runningProperty().get(), 300);
    }

    /** Runs {@code r} on the FX thread and waits for it (a minute at most). */
    static void fx(Runnable r) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code cond} on the FX thread until it holds; fails after {@code seconds}. */
    static void waitFor(BooleanSupplier cond, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<Boolean> v = new CompletableFuture<>();
            Platform.runLater(() -> v.complete(cond.getAsBoolean()));
            try {
                if (v.get(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("a scripted step did not finish within " + seconds + " s");
    }
}
