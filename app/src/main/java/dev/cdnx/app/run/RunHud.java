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
                        () -> {
                            int every = vm.sampleEveryProperty().get();
                            String dots = vm.drawnDotsProperty().get() + " dots";
                            return every <= 1
                                    ? "drawing every request · " + dots
                                    : "drawing 1 in " + every + " requests · " + dots + " · counters exact";
                        },
                        vm.sampleEveryProperty(),
                        vm.drawnDotsProperty()));
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
}
