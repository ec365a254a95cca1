package dev.cdnx.app.run;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.timeline.RunEvent;
import dev.cdnx.model.timeline.RunEvents;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live run's events (computed by the model's {@link RunEvents}, the list {@code simulate --json}
 * prints): the planned ones from the start, the observed ones as the run reaches them. Jumps to the next
 * or previous event (landing {@link #LEAD} seconds before it, so its start is seen), remembers the event
 * jumped to ({@link #focusProperty()}, which the camera frames), and, when {@link #slowNearEventsProperty()}
 * is on, eases the speed down around each event and back to the user's speed after. FX thread only.
 */
public final class RunTimeline {

    /** A jump lands this many simulated seconds before its event. */
    static final double LEAD = 2;
    /** Events closer than this to the current place count as "here", not next or previous. */
    static final double SLACK = 0.5;

    private final RunViewModel vm;
    private final ObservableList<RunEvent> events = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: a fresh unmodifiable wrapper per call would hold its listeners only weakly
     * from the list, and be collected with them.
     */
    private final ObservableList<RunEvent> readOnlyEvents = FXCollections.unmodifiableObservableList(events);

    private final ReadOnlyObjectWrapper<RunEvent> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final BooleanProperty slowNearEvents = new SimpleBooleanProperty(this, "slowNearEvents", false);
    private double userSpeed;
    private boolean pacing;

    RunTimeline(RunViewModel vm) {
        this.vm = vm;
        userSpeed = vm.speedProperty().get();
        vm.resultProperty().addListener((o, a, b) -> refresh());
        vm.geometryProperty().addListener((o, a, b) -> refresh());
        vm.speedProperty().addListener((o, a, b) -> {
            if (!pacing) {
                userSpeed = b.doubleValue();
            }
        });
        slowNearEvents.addListener((o, a, on) -> {
            if (!on) {
                setSpeed(userSpeed);
            }
        });
        vm.addFrameListener(this::pace);
        refresh();
    }

    private void refresh() {
        Scenario s = vm.runScenario();
        if (s == null) {
            return;
        }
        RunResult r = vm.resultProperty().get();
        List<RunEvent> now = r == null ? RunEvents.planned(s) : RunEvents.of(s, r);
        if (!now.equals(events)) {
            events.setAll(now);
        }
    }

    /** Goes to just before the next event; returns it, or null when none lies ahead (yet). */
    public RunEvent next() {
        return jump(RunEvents.next(events, vm.simTimeProperty().get() + LEAD, SLACK));
    }

    /** Goes to just before the previous event; returns it, or null when none lies behind. */
    public RunEvent previous() {
        return jump(RunEvents.previous(events, vm.simTimeProperty().get() + LEAD, SLACK));
    }

    /** Goes to just before {@code e} and makes it the focus (null does nothing). */
    public RunEvent jump(RunEvent e) {
        if (e != null) {
            focus.set(e);
            var unused = vm.seek(Math.max(0, e.time() - LEAD));
        }
        return e;
    }

    private void pace() {
        if (!slowNearEvents.get() || events.isEmpty()) {
            return;
        }
        double[] times = events.stream().mapToDouble(RunEvent::time).toArray();
        setSpeed(EventPacing.speedAt(vm.simTimeProperty().get(), times, userSpeed));
    }

    private void setSpeed(double s) {
        double now = vm.speedProperty().get();
        if (now == s || Math.abs(now - s) <= 0.01 * Math.abs(s)) {
            return;
        }
        pacing = true;
        try {
            vm.speedProperty().set(s);
        } finally {
            pacing = false;
        }
    }

    /** The events known so far, in time order. */
    public ObservableList<RunEvent> events() {
        return readOnlyEvents;
    }

    /** The event last jumped to (a marker clicked, Next / Previous Event), or null. */
    public ReadOnlyObjectProperty<RunEvent> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public BooleanProperty slowNearEventsProperty() {
        return slowNearEvents;
    }

    /** The speed the user chose, which easing near events returns to. */
    public double userSpeed() {
        return userSpeed;
    }
}
