package dev.cdnx.app.run;

import dev.cdnx.model.scenario.DeliveryModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The run's toolbar: delivery model (Pull | Push | Hybrid) with the hybrid head slider, play/pause, step
 * one event, step one request, reset, follow the next request, speed (0.01× to as fast as possible), the
 * progress of simulated time with the run's events marked on it (click or drag it to jump, click a marker to
 * go to its event), and the fps overlay toggle. Every control has an id ({@code run-*}) for
 * tests and for the shell's shortcuts.
 */
public final class RunToolbar extends HBox {

    /** The speed slider runs on log10(speed); its top end means "as fast as possible". */
    static final double SPEED_MIN = -2;

    static final double SPEED_MAX = 3.5;

    public RunToolbar(RunViewModel vm) {
        this(vm, true);
    }

    /**
     * @param withModelSwitch false where the window already switches the scenario's delivery model
     *     (the run follows the document's model then)
     */
    public RunToolbar(RunViewModel vm, boolean withModelSwitch) {
        getStyleClass().add(RunStyles.TOOLBAR);
        getStylesheets().add(RunStyles.STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        ToggleGroup models = new ToggleGroup();
        HBox modelBox = new HBox();
        modelBox.getStyleClass().add("run-model-switch");
        for (DeliveryModel m : DeliveryModel.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("run-model-" + m.id());
            b.setToggleGroup(models);
            b.setUserData(m);
            b.setTooltip(new Tooltip("Restart the run from t = 0 with "
                    + m.label().toLowerCase(Locale.ROOT) + " delivery on the same seed"));
            modelBox.getChildren().add(b);
        }
        Runnable syncModel = () -> models.getToggles()
                .forEach(
                        t -> t.setSelected(t.getUserData() == vm.modelProperty().get()));
        syncModel.run();
        vm.modelProperty().addListener((o, a, b) -> syncModel.run());
        models.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                syncModel.run();
            } else if (b.getUserData() != vm.modelProperty().get()) {
                vm.setModel((DeliveryModel) b.getUserData());
            }
        });

        HeadSlider head = new HeadSlider(vm);

        Button play = iconButton("run-play", "mdi2p-play", "Play / pause (Space)");
        play.setOnAction(e -> vm.togglePlay());
        vm.playingProperty()
                .addListener(
                        (o, a, on) -> ((FontIcon) play.getGraphic()).setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play"));
        Button stepEvent = iconButton("run-step-event", "mdi2s-step-forward", "Step one engine event");
        stepEvent.setOnAction(e -> vm.stepEvent());
        Button stepRequest =
                iconButton("run-step-request", "mdi2s-skip-next", "Step until one more request is handled");
        stepRequest.setOnAction(e -> vm.stepRequest());
        Button reset = iconButton("run-reset", "mdi2r-restart", "Reset to t = 0 (same seed)");
        reset.setOnAction(e -> vm.reset());
        Button follow = iconButton("run-follow", "mdi2c-crosshairs-gps", "Follow the next request hop by hop");
        follow.setOnAction(e -> vm.followNextRequest());

        Slider speed =
                new Slider(SPEED_MIN, SPEED_MAX, toSlider(vm.speedProperty().get()));
        speed.setId("run-speed");
        speed.setPrefWidth(120);
        speed.setTooltip(new Tooltip("Simulated seconds per real second; far right: as fast as possible"));
        speed.valueProperty().addListener((o, a, v) -> vm.speedProperty().set(fromSlider(v.doubleValue())));
        vm.speedProperty().addListener((o, a, v) -> speed.setValue(toSlider(v.doubleValue())));
        Label speedLabel = new Label();
        speedLabel.setId("run-speed-label");
        speedLabel.getStyleClass().add(RunStyles.TIME);
        speedLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> RunStyles.speed(vm.speedProperty().get()), vm.speedProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("run-progress");
        progress.setPrefWidth(260);
        // A target to click and drag on: the row would otherwise squeeze it to a dot.
        progress.setMinWidth(120);
        // While the pointer drags on the bar, bar and clock show where the run will jump to.
        DoubleProperty scrub = new SimpleDoubleProperty(Double.NaN);
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> vm.durationProperty().get() <= 0
                                ? 0
                                : shownTime(vm, scrub) / vm.durationProperty().get(),
                        vm.simTimeProperty(),
                        vm.durationProperty(),
                        scrub));
        progress.setCursor(Cursor.HAND);
        progress.setTooltip(new Tooltip(
                "Click or drag to jump to a time (going back replays the run from 0 on" + " the same seed)"));
        progress.setOnMousePressed(e -> scrub.set(timeAt(vm, progress, e.getX())));
        progress.setOnMouseDragged(e -> scrub.set(timeAt(vm, progress, e.getX())));
        progress.setOnMouseReleased(e -> {
            var unused = vm.seek(timeAt(vm, progress, e.getX()));
            scrub.set(Double.NaN);
        });
        Label time = new Label();
        time.setId("run-time");
        time.getStyleClass().add(RunStyles.TIME);
        time.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> (vm.seekingProperty().get() ? "seeking… " : "") + "t = "
                                + RunStyles.clock(shownTime(vm, scrub)) + " / "
                                + RunStyles.clock(vm.durationProperty().get()),
                        vm.simTimeProperty(),
                        vm.durationProperty(),
                        vm.seekingProperty(),
                        scrub));

        // The traffic comes from an imported workload (fitted or replayed): an icon saying so, the how on hover.
        Label workload = new Label(null, new FontIcon("mdi2f-file-chart-outline"));
        workload.setId("run-workload");
        Tooltip workloadTip = new Tooltip();
        workloadTip.textProperty().bind(vm.workloadNoteProperty());
        workload.setTooltip(workloadTip);
        workload.visibleProperty().bind(vm.workloadNoteProperty().isNotEmpty());
        workload.managedProperty().bind(workload.visibleProperty());
        workload.accessibleTextProperty().bind(vm.workloadNoteProperty());
        // A scenario too big for the heap has no engine: the bar says why in the command line's words.
        Label refused = new Label();
        refused.setId("run-refusal");
        refused.textProperty().bind(vm.refusalProperty());
        Tooltip refusedTip = new Tooltip();
        refusedTip.textProperty().bind(vm.refusalProperty());
        refused.setTooltip(refusedTip);
        refused.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        refused.setMinWidth(0);
        play.disableProperty().bind(vm.refusalProperty().isNotEmpty());

        ToggleButton fps = new ToggleButton(null, new FontIcon("mdi2s-speedometer"));
        fps.setId("run-fps");
        fps.setTooltip(new Tooltip("Show frames and engine events per second"));
        fps.selectedProperty().bindBidirectional(vm.fpsOverlayProperty());

        if (withModelSwitch) {
            getChildren().add(modelBox);
        }
        getChildren()
                .addAll(
                        head.slider,
                        head.label,
                        sep(),
                        play,
                        stepEvent,
                        stepRequest,
                        reset,
                        follow,
                        sep(),
                        speed,
                        speedLabel,
                        sep(),
                        new EventTrack(vm, progress),
                        time,
                        workload,
                        refused,
                        fps);
        // In a narrow window the sliders give way, never the figures beside them ("h…" at 1024 px).
        for (Label figure : List.of(head.label, speedLabel, time)) {
            figure.setMinWidth(Region.USE_PREF_SIZE);
        }
        head.slider.setMinWidth(60);
        speed.setMinWidth(60);
    }

    /** The time the bar and clock show: the drag's target while dragging, else the run's time. */
    private static double shownTime(RunViewModel vm, DoubleProperty scrub) {
        return Double.isNaN(scrub.get()) ? vm.simTimeProperty().get() : scrub.get();
    }

    /** The simulated time under x on the progress bar. */
    static double timeAt(RunViewModel vm, ProgressBar bar, double x) {
        double w = bar.getWidth();
        double f = w <= 0 ? 0 : Math.max(0, Math.min(1, x / w));
        return f * vm.durationProperty().get();
    }

    static double toSlider(double speed) {
        return Double.isInfinite(speed)
                ? SPEED_MAX
                : Math.max(SPEED_MIN, Math.min(SPEED_MAX - 0.01, Math.log10(speed)));
    }

    static double fromSlider(double v) {
        return v >= SPEED_MAX - 0.005 ? RunViewModel.MAX_SPEED : Math.pow(10, Math.round(v * 20) / 20.0);
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button iconButton(String id, String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
