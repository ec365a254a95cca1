package dev.cdnx.app.run;

import dev.cdnx.model.timeline.RunEvent;
import dev.cdnx.model.units.SimDuration;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The run's progress bar with a marker for each event of the run on it: hover a marker for its one-line
 * description, click it to jump there (the bar under and between the markers still scrubs). Markers are
 * coloured by kind ({@code timeline.css}) and sit at the event's share of the run's duration.
 */
public final class EventTrack extends StackPane {

    /** Style class of every marker; each also carries {@code run-event-<kind id>}. */
    public static final String MARKER = "run-event-marker";

    static final String STYLESHEET = EventTrack.class.getResource("/dev/cdnx/assets/css/timeline.css") == null
            ? ""
            : EventTrack.class.getResource("/dev/cdnx/assets/css/timeline.css").toExternalForm();
    private static final double MARKER_WIDTH = 5;

    private final RunViewModel vm;
    private final Pane marks = new Pane();

    public EventTrack(RunViewModel vm, ProgressBar bar) {
        this.vm = vm;
        setId("run-event-track");
        if (!STYLESHEET.isEmpty()) {
            getStylesheets().add(STYLESHEET);
        }
        marks.setPickOnBounds(false);
        marks.setMinSize(0, 0);
        // The bar fills the track, so a marker's share of the track is its share of the bar.
        bar.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(bar, marks);
        RunTimeline timeline = vm.timeline();
        timeline.events().addListener((ListChangeListener<RunEvent>) c -> rebuild());
        widthProperty().addListener((o, a, b) -> place());
        heightProperty().addListener((o, a, b) -> place());
        vm.durationProperty().addListener((o, a, b) -> place());
        rebuild();
    }

    private void rebuild() {
        marks.getChildren().clear();
        for (RunEvent e : vm.timeline().events()) {
            Region m = new Region();
            m.getStyleClass().addAll(MARKER, "run-event-" + e.kind().id());
            m.setUserData(e);
            // Placed by hand in place(): the pane's own layout would shrink it to its preferred size.
            m.setManaged(false);
            m.setCursor(Cursor.HAND);
            Tooltip tip = new Tooltip(SimDuration.ofSeconds(e.time()).toClock() + "  " + e.line());
            tip.setShowDelay(Duration.millis(150));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(m, tip);
            m.setOnMousePressed(ev -> ev.consume());
            m.setOnMouseReleased(ev -> ev.consume());
            m.setOnMouseClicked(ev -> {
                vm.timeline().jump(e);
                ev.consume();
            });
            marks.getChildren().add(m);
        }
        place();
    }

    private void place() {
        double w = getWidth();
        double h = getHeight();
        double d = vm.durationProperty().get();
        for (var n : marks.getChildren()) {
            RunEvent e = (RunEvent) n.getUserData();
            double x = d <= 0 ? 0 : w * Math.min(1, e.time() / d);
            Region m = (Region) n;
            m.resizeRelocate(Math.max(0, Math.min(w - MARKER_WIDTH, x - MARKER_WIDTH / 2)), 0, MARKER_WIDTH, h);
        }
    }

    /** The marker of an event (for tests), or null. */
    Region markerOf(RunEvent e) {
        return (Region) marks.getChildren().stream()
                .filter(n -> n.getUserData() == e)
                .findFirst()
                .orElse(null);
    }
}
