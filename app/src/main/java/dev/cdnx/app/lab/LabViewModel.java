package dev.cdnx.app.lab;

import dev.cdnx.lab.LabException;
import dev.cdnx.lab.LabExchange;
import dev.cdnx.lab.LabNode;
import dev.cdnx.lab.LiveLab;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The app's side of the live lab: starts a {@link LiveLab} of a copy of the drawn scenario off the FX
 * thread, lists its servers, collects the hops it answers (the newest {@link #MAX_EXCHANGES} of them, in
 * batches so a busy lab cannot flood the FX thread), passes the canvas's live faults on, and stops it
 * when asked, when the app quits, or on Ctrl+C (a shutdown hook). Properties change on the FX thread.
 */
public final class LabViewModel {

    /** Hops kept for the listing; older ones are dropped. */
    public static final int MAX_EXCHANGES = 400;

    private final Executor background;
    private final Consumer<Runnable> fx;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("The live lab is stopped.");
    private final DoubleProperty delayFactor = new SimpleDoubleProperty(1.0);
    private final ObservableList<LabNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<LabExchange> exchanges = FXCollections.observableArrayList();
    private final ObjectProperty<LabExchange> focused = new SimpleObjectProperty<>();
    private final Queue<LabExchange> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile LiveLab lab;
    private Thread shutdownHook;

    /**
     * @param background where servers are started and stopped (binding ports must not block the FX thread)
     * @param fx         how work is handed to the FX thread ({@code Platform::runLater} in the app)
     */
    public LabViewModel(Executor background, Consumer<Runnable> fx) {
        this.background = background;
        this.fx = fx;
        delayFactor.addListener((o, a, b) -> {
            LiveLab l = lab;
            if (l != null) {
                l.delays().setFactor(Math.max(0, b.doubleValue()));
            }
        });
    }

    /** Starts a lab of {@code scenario} (copied now, so later edits do not reach the running servers). */
    public void start(Scenario scenario, int portBase) {
        if (running.get() || busy.get()) {
            return;
        }
        Scenario copy = ScenarioIO.copy(scenario);
        double factor = delayFactor.get();
        busy.set(true);
        status.set("Starting the live lab…");
        background.execute(() -> {
            try {
                LiveLab started = LiveLab.start(copy, portBase, factor);
                started.log().addListener(this::arrive);
                fx.accept(() -> opened(started, copy.name));
            } catch (LabException | IllegalArgumentException e) {
                fx.accept(() -> {
                    busy.set(false);
                    status.set("The live lab could not start: " + e.getMessage());
                });
            }
        });
    }

    /** Stops every server; the ports are free once {@link #runningProperty()} turns false. */
    public void stop() {
        LiveLab l = lab;
        if (l == null) {
            return;
        }
        lab = null;
        busy.set(true);
        status.set("Stopping the live lab…");
        background.execute(() -> {
            l.close();
            fx.accept(() -> {
                removeHook();
                nodes.clear();
                running.set(false);
                busy.set(false);
                status.set("The live lab is stopped; every port is closed.");
            });
        });
    }

    /** A node taken down or brought up on the canvas: its server stops or resumes answering. */
    public void setDown(String node, boolean down) {
        LiveLab l = lab;
        if (l != null && l.node(node) != null) {
            l.setDown(node, down);
            status.set(node + (down ? " is down: its port refuses connections." : " is up again."));
        }
    }

    /** Whether the running lab has {@code node} down. */
    public boolean isDown(String node) {
        LiveLab l = lab;
        return l != null && l.isDown(node);
    }

    public void clearExchanges() {
        exchanges.clear();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public DoubleProperty delayFactorProperty() {
        return delayFactor;
    }

    public ObservableList<LabNode> nodes() {
        return nodes;
    }

    public ObservableList<LabExchange> exchanges() {
        return exchanges;
    }

    /** The hop whose header lines are shown (the listing selects it). */
    public ObjectProperty<LabExchange> focusedProperty() {
        return focused;
    }

    private void opened(LiveLab started, String scenarioName) {
        lab = started;
        nodes.setAll(started.nodes());
        shutdownHook = new Thread(started::close, "lab-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        running.set(true);
        busy.set(false);
        status.set("Live lab of “" + scenarioName + "”: " + started.nodes().size()
                + " servers on 127.0.0.1. Copy a curl line and run it twice.");
    }

    private void arrive(LabExchange e) {
        arrived.add(e);
        if (drainScheduled.compareAndSet(false, true)) {
            fx.accept(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        List<LabExchange> batch = new ArrayList<>();
        for (LabExchange e = arrived.poll(); e != null; e = arrived.poll()) {
            batch.add(e);
        }
        exchanges.addAll(batch);
        if (exchanges.size() > MAX_EXCHANGES) {
            exchanges.remove(0, exchanges.size() - MAX_EXCHANGES);
        }
    }

    private void removeHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping; the hook closes the servers itself.
            }
            shutdownHook = null;
        }
    }
}
