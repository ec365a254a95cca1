package dev.cdnx.app.run;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A small screen-space corner box for the canvas: how the drawing is sampled ("drawing 1 in 8 requests")
 * and, when the overlay toggle is on, frames per second and engine events per second. Place it in a corner
 * of the viewport (not in the zoom group). Mouse-transparent.
 */
public final class RunHud extends VBox {

    public RunHud(RunViewModel vm) {
        getStyleClass().add(RunStyles.HUD);
        getStylesheets().add(RunStyles.STYLESHEET);
        setAlignment(Pos.TOP_RIGHT);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label sampling = new Label();
        sampling.setId("run-sampling");
        sampling.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> samplingText(
                                vm.sampleEveryProperty().get(),
                                vm.drawnDotsProperty().get(),
                                vm.hiddenDotsProperty().get()),
                        vm.sampleEveryProperty(),
                        vm.drawnDotsProperty(),
                        vm.hiddenDotsProperty()));
        Label perf = new Label();
        perf.setId("run-fps-label");
        perf.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                "%.0f fps · %,.0f events/s",
                                vm.fpsProperty().get(), vm.eventRateProperty().get()),
                        vm.fpsProperty(),
                        vm.eventRateProperty()));
        perf.visibleProperty().bind(vm.fpsOverlayProperty());
        perf.managedProperty().bind(perf.visibleProperty());
        getChildren().addAll(sampling, perf);
    }

    /**
     * The sampling line: how many requests are drawn, the dots on screen, and the requests in flight that
     * are not, because they have not left a node's disc yet. Without that last figure a run whose requests
     * all hit at an edge its users sit on (viral-shield once the shield has answered) read "drawing every
     * request · 0 dots" while a thousand requests a second went by.
     */
    static String samplingText(int every, int drawn, int hidden) {
        String dots = String.format("%,d dots", drawn);
        if (hidden > 0) {
            dots += String.format(" (+%,d inside node discs)", hidden);
        }
        return every <= 1
                ? "drawing every request · " + dots
                : "drawing 1 in " + every + " requests · " + dots + " · counters exact";
    }
}
