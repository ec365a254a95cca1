package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunInputs;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.FaultAction;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioChanges;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;

/**
 * State and commands of the live run (SPEC S6). Owns one {@link EngineRunner} at a time (a run on its own
 * thread) and the display clock: simulated time shown = wall time × {@link #speedProperty() speed}, never
 * ahead of the engine. Once per pulse ({@link #pulse(long)}) it takes the engine's batches, moves the dots
 * and updates the properties. Counters come from the engine's snapshots, never from the drawn dots.
 *
 * <p>Results from the engine's thread reach it through its {@link RunContext}'s {@code ui} executor and its
 * frames come from the context's {@link PulseSource}, so tests drive both by hand.
 *
 * <p>FX thread only. Touches no node. Restarts the run from t = 0 on the scenario's seed when the model or
 * the hybrid head changes, on {@link #reset()}, and when the {@link ScenarioDocument} changes.
 */
public final class RunViewModel {

    /** {@link #speedProperty()} value for "as fast as possible". */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final ScenarioDocument document;
    private final RunContext context;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ReadOnlyDoubleWrapper simTime = new ReadOnlyDoubleWrapper(this, "simTime");
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper(this, "duration");
    private final ObjectProperty<DeliveryModel> model = new SimpleObjectProperty<>(this, "model", DeliveryModel.PULL);
    private final HeadChoice head = new HeadChoice(this);
    private final IntegerProperty maxDots = new SimpleIntegerProperty(this, "maxDots", 10_000);
    private final BooleanProperty fpsOverlay = new SimpleBooleanProperty(this, "fpsOverlay", false);
    /** View › Node Counters: every cache's figures on the map, not only the hovered one's. */
    private final BooleanProperty countersOnMap = new SimpleBooleanProperty(this, "countersOnMap", false);

    /** Set by an unattended {@code --allow-long}: long runs play without a question (nobody would answer). */
    private boolean longRunsAllowed;
    /** Why no engine was built for this scenario (located, with the fix); empty when it was. */
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    private final ReadOnlyObjectWrapper<RunGeometry> geometry = new ReadOnlyObjectWrapper<>(this, "geometry");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final RunJump jump;
    private final FrameIntake frames = new FrameIntake(this);
    /** The drawn requests (the overlay paints and picks them). */
    final DotField dots = frames.dots;

    private final List<Runnable> frameListeners = new CopyOnWriteArrayList<>();
    private final LiveFaults faults;
    private final RunWorkload workload = new RunWorkload();
    private final ReadOnlyStringWrapper workloadNote = new ReadOnlyStringWrapper(this, "workloadNote", "");

    private EngineRunner runner;
    private long lastPulse;
    private boolean restartPending;
    /** What the current run was started from ({@link RunInputs}), to tell edits it must follow from others. */
    private String runInputs = "";

    private Subscription pulses;
    /** The copy of the scenario the engine runs (the document's, with the run's model and head). */
    private Scenario runScenario;
    /** Whether the guard let this run play (asked on the first play or forward seek of each run). */
    private boolean cleared;

    private final RunTimeline timeline;

    /** The program's live run: results on the FX thread, frames from the animation timer. */
    public RunViewModel(ScenarioDocument document) {
        this(document, RunContext.fx());
    }

    public RunViewModel(ScenarioDocument document, RunContext context) {
        this.document = document;
        this.context = context;
        this.faults = new LiveFaults(document, context.ui());
        this.jump = new RunJump(this, context.ui());
        adoptDeliveryFrom(document.scenario());
        document.addListener(new ScenarioChanges(
                this::changed,
                () -> {
                    // An edited delivery model (a command in the editor) is the run's model from now on; setting
                    // the same model changes nothing.
                    model.set(document.scenario().delivery.model);
                    String inputs = RunInputs.of(document.scenario());
                    if (faults.recording()) {
                        // The run already has the fault it is recording: it goes on, from the new inputs.
                        runInputs = inputs;
                    } else if (!inputs.equals(runInputs)) {
                        // A decision override, the price sheet or typed volumes change the panels, not this run.
                        changed();
                    }
                },
                scenario -> {
                    adoptDeliveryFrom(scenario);
                    changed();
                }));
        model.addListener((o, a, b) -> restart(playing.get()));
        speed.addListener((o, a, b) -> {
            if (runner != null) {
                runner.speed = b.doubleValue();
            }
        });
        maxDots.addListener((o, a, b) -> {
            if (runner != null) {
                runner.maxDots = b.intValue();
            }
        });
        restart(false);
        timeline = new RunTimeline(this);
    }

    private void adoptDeliveryFrom(Scenario s) {
        model.set(s.delivery.model);
        head.adopt(s);
    }

    private void changed() {
        if (faults.recording() || restartPending) {
            return;
        }
        restartPending = true;
        context.ui().execute(this::restartIfPending);
    }

    /** The restart an edit asked for, unless a seek has already made it. */
    private void restartIfPending() {
        if (restartPending) {
            restartPending = false;
            restart(playing.get());
        }
    }

    /** Starts the pulses that drive the display (idempotent); views call it when they are mounted. */
    public void startPulses() {
        if (pulses == null) {
            pulses = context.pulses().start(this::pulse);
        }
    }

    /** Stops the pulses and the engine thread; the view-model is unusable afterwards. */
    public void dispose() {
        if (pulses != null) {
            pulses.unsubscribe();
        }
        if (runner != null) {
            runner.close();
        }
    }

    /**
     * Adds a listener told after every pulse, once the dots have moved (the overlay repaints). The
     * listener is removed through the returned subscription, not by handing the same lambda or method
     * reference back: {@code this::frame} written twice is two different objects.
     */
    public Subscription addFrameListener(Runnable r) {
        frameListeners.add(r);
        return () -> frameListeners.remove(r);
    }

    /**
     * Why the run cannot be built (the command line's located message: the heap figure and the fix), or
     * empty. While it is set there is no engine: play, step and seek do nothing until an edit makes the
     * scenario fit.
     */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /**
     * Lets long runs play without asking ({@code --allow-long} when nobody is there to answer). A run too
     * big for the heap still gets no engine.
     */
    public void allowLongRuns() {
        longRunsAllowed = true;
    }

    // ---- commands ----

    public void play() {
        if (runner == null) {
            return;
        }
        if (frames.engineFinished()) {
            restart(true);
            return;
        }
        if (!mayPlay()) {
            return;
        }
        playing.set(true);
        runner.speed = speed.get();
        runner.play();
    }

    public void pause() {
        playing.set(false);
        if (runner != null) {
            runner.pause();
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and processes one engine event. */
    public void stepEvent() {
        pauseQuietly();
        // a step asked before an edit's restart (which waits for the UI's next turn) is for the new run
        restartIfPending();
        if (runner != null) {
            runner.stepEvent();
        }
    }

    /** Pauses and processes events until one more user request has been handled. */
    public void stepRequest() {
        pauseQuietly();
        restartIfPending();
        if (runner != null) {
            runner.stepRequest();
        }
    }

    /**
     * Whether this run may go on playing: asked once per run ({@link RunGuard}: too big for the heap is
     * refused, hours of simulation need a yes); stepping one event or request is never asked about.
     */
    private boolean mayPlay() {
        if (!cleared) {
            cleared = longRunsAllowed || context.guard().mayRun("Live run", runScenario);
        }
        return cleared;
    }

    private void pauseQuietly() {
        if (playing.get()) {
            pause();
        }
    }

    /**
     * Jumps to simulated time {@code t} (clamped to the run), playing on if the run was playing. Forward,
     * the engine runs there without drawing; backward, the run restarts from 0 on the same seed (so the
     * same traffic) and runs there. Requests in flight at the jump are not drawn. Completes with the time
     * reached, on the FX thread.
     */
    public CompletableFuture<Double> seek(double t) {
        // A file just opened (or an edit) waits for its restart until the UI's next turn; a jump asked before
        // then is for the new run: clamped to its duration, judged by the guard as that run, run in it.
        restartIfPending();
        if (runner == null) {
            return CompletableFuture.completedFuture(0.0);
        }
        double target = Math.max(0, Math.min(t, duration.get()));
        double engineTime = frames.engineTime();
        if (target > engineTime && !mayPlay()) {
            return CompletableFuture.completedFuture(simTime.get());
        }
        if (target >= simTime.get() && target <= engineTime) {
            // Already simulated (the engine runs a little ahead of the display): just show it.
            simTime.set(target);
            runner.displayTime = target;
            return CompletableFuture.completedFuture(target);
        }
        if (target < engineTime) {
            restart(playing.get());
        }
        CompletableFuture<Double> done = jump.begin(target);
        jump.sendTo(runner, () -> runner);
        return done;
    }

    /** Restarts from t = 0 on the same seed, paused. */
    public void reset() {
        restart(false);
    }

    public void setModel(DeliveryModel m) {
        model.set(m);
    }

    /** Sets the hybrid head (top-K objects) and restarts when hybrid is on. */
    public void setHeadSize(long objects) {
        if (head.choose(objects) && model.get() == DeliveryModel.HYBRID) {
            restart(playing.get());
        }
    }

    /**
     * Takes a node (or a provider) down now and records the fault on the scenario's timeline at the
     * simulated time it took effect, so a replay repeats it. Completes with that time.
     */
    public CompletableFuture<Double> takeDown(String nodeName) {
        if (runner == null) {
            return CompletableFuture.completedFuture(0.0);
        }
        return faults.apply(runner, nodeName, FaultAction.DOWN);
    }

    /**
     * How live faults are written on the scenario's timeline; the shell passes its command stack so each
     * is an undoable edit that marks the file changed. Without one they go straight into the document.
     */
    public void setFaultRecorder(BiConsumer<String, Consumer<Scenario>> recorder) {
        faults.setRecorder(recorder == null ? null : recorder::accept);
    }

    /** Whether a node is down at the run's current instant (false before the run has a snapshot). */
    public boolean isDown(String nodeName) {
        return frames.isDown(nodeName);
    }

    /** Brings a node (or provider) back now; recorded like {@link #takeDown(String)}. */
    public CompletableFuture<Double> bringUp(String nodeName) {
        if (runner == null) {
            return CompletableFuture.completedFuture(0.0);
        }
        return faults.apply(runner, nodeName, FaultAction.UP);
    }

    /** Follows the next user request hop by hop; {@link #followedProperty()} shows it. */
    public void followNextRequest() {
        frames.unfollow();
        if (runner != null) {
            runner.followNext();
        }
    }

    /** Follows the request of a drawn dot. */
    public void follow(long traceId) {
        frames.follow(traceId);
        if (runner != null) {
            runner.follow(traceId);
        }
    }

    /** A future that completes once the engine has done everything asked of it so far (for tests). */
    public CompletableFuture<Void> engineIdle() {
        return runner == null ? CompletableFuture.completedFuture(null) : runner.barrier();
    }

    // ---- the pulse ----

    private void restart(boolean thenPlay) {
        if (runner != null) {
            runner.close();
            runner = null;
        }
        runInputs = RunInputs.of(document.scenario());
        Scenario s = ScenarioIO.copy(document.scenario());
        s.delivery.model = model.get();
        head.applyTo(s);
        // A scenario naming an imported workload runs it as cdnx simulate does: fitted, or the log replayed.
        dev.cdnx.model.traffic.WorkloadRun.Prepared run = workload.prepare(s);
        s = run.scenario();
        workloadNote.set(workload.note());
        RunGeometry g = new RunGeometry(s);
        runScenario = s;
        cleared = false;
        // Building the engine is what allocates the catalog: a scenario too big for the heap gets no
        // engine at all (the run bar says why), so opening or editing it never runs out of memory.
        List<Problem> tooBig = context.guard().tooBig(s);
        refusal.set(tooBig.stream().map(Problem::format).collect(java.util.stream.Collectors.joining("\n")));
        if (!tooBig.isEmpty()) {
            jump.drop();
            playing.set(false);
            geometry.set(g);
            duration.set(0);
            simTime.set(0);
            frames.clearFigures();
            return;
        }
        runner = new EngineRunner(run.simulation(), "cdnx-run-" + RUNS.incrementAndGet());
        runner.speed = speed.get();
        runner.maxDots = maxDots.get();
        frames.restart(g, runner.duration());
        geometry.set(g);
        duration.set(runner.duration());
        simTime.set(0);
        finished.set(false);
        playing.set(false);
        if (thenPlay) {
            play();
        }
        if (jump.underWay()) {
            jump.sendTo(runner, () -> runner);
        }
    }

    /**
     * One display frame at wall time {@code now} (nanoseconds): takes the engine's batches, advances the
     * display clock, moves the dots, tells the frame listeners. Called by the animation timer; tests call it
     * directly.
     */
    public void pulse(long now) {
        long dtNanos = lastPulse == 0 ? 0 : Math.min(now - lastPulse, 100_000_000L);
        lastPulse = now;
        if (runner == null) {
            return;
        }
        boolean jumped = frames.drain(runner, geometry.get());
        double engineTime = frames.engineTime();
        double t = jumped
                ? engineTime
                : DisplayClock.advance(simTime.get(), engineTime, speed.get(), playing.get(), dtNanos);
        runner.displayTime = t;
        simTime.set(t);
        frames.show(t, now, runner);
        if (frames.endShown(t)) {
            playing.set(false);
            finished.set(true);
        }
        for (Runnable r : frameListeners) {
            r.run();
        }
    }

    /** Takes the engine's batches and shows the engine's time at once (tests; no animation). */
    void catchUp() {
        pulse(lastPulse + 1);
        simTime.set(frames.engineTime());
        pulse(lastPulse + 1);
    }

    // ---- properties ----

    /** True while a {@link #seek(double)} is running the engine to its time. */
    public ReadOnlyBooleanProperty seekingProperty() {
        return jump.seekingProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Simulated seconds per wall second; {@link #MAX_SPEED} runs as fast as the engine can. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The simulated time on display, in seconds. */
    public ReadOnlyDoubleProperty simTimeProperty() {
        return simTime.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** The delivery model of the run (starts as the scenario's); changing it restarts the run. */
    public ObjectProperty<DeliveryModel> modelProperty() {
        return model;
    }

    /** Hybrid head size in objects; change it through {@link #setHeadSize(long)}. */
    public LongProperty headSizeProperty() {
        return head.property();
    }

    /** One in how many requests is drawn (1 = all); adapts to keep the dots under {@link #maxDotsProperty()}. */
    public ReadOnlyIntegerProperty sampleEveryProperty() {
        return frames.sampleEveryProperty();
    }

    public IntegerProperty maxDotsProperty() {
        return maxDots;
    }

    public BooleanProperty countersOnMapProperty() {
        return countersOnMap;
    }

    public BooleanProperty fpsOverlayProperty() {
        return fpsOverlay;
    }

    /** The engine's latest state at or before the displayed time (null before the first). */
    public ReadOnlyObjectProperty<LiveSnapshot> snapshotProperty() {
        return frames.snapshotProperty();
    }

    /** Totals with per-second series, refreshed a few times a second (null before the first). */
    public ReadOnlyObjectProperty<RunResult> resultProperty() {
        return frames.resultProperty();
    }

    /** The followed request (hops so far), or null. */
    public ReadOnlyObjectProperty<TraceView> followedProperty() {
        return frames.followedProperty();
    }

    public ReadOnlyObjectProperty<RunGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fpsProperty() {
        return frames.meter().fpsProperty();
    }

    /** Engine events per wall second. */
    public ReadOnlyDoubleProperty eventRateProperty() {
        return frames.meter().eventRateProperty();
    }

    public ReadOnlyIntegerProperty drawnDotsProperty() {
        return frames.drawnDotsProperty();
    }

    /** Requests in flight but not drawn: still inside a node's disc (users drawn on their edge). */
    public ReadOnlyIntegerProperty hiddenDotsProperty() {
        return frames.hiddenDotsProperty();
    }

    public MetricsHistory history() {
        return frames.history();
    }

    /**
     * Where the scenario's {@code workload.file} is looked for (the scenario's folder; null: none yet). The
     * run restarts when the scenario names a workload, so it runs what the file says.
     */
    public void setScenarioFolder(java.util.function.Supplier<java.nio.file.Path> folder) {
        workload.setFolder(folder);
        String file = document.scenario().workload.file;
        if (file != null && !file.isBlank()) {
            restart(playing.get());
        }
    }

    /** Where the run's traffic comes from when the scenario names a workload file (or why it could not be read). */
    public ReadOnlyStringProperty workloadNoteProperty() {
        return workloadNote.getReadOnlyProperty();
    }

    /** The scenario the current run runs: the document's with the run's delivery model and head. */
    public Scenario runScenario() {
        return runScenario;
    }

    /** The run's events on the timeline, the jumps between them and the easing near them. */
    public RunTimeline timeline() {
        return timeline;
    }

    public ScenarioDocument document() {
        return document;
    }

    long followedId() {
        return frames.followedId();
    }
}
