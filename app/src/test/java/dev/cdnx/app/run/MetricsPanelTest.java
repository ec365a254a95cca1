package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

class MetricsPanelTest {

    @Test
    void aSeekWhilePausedDrawsTheSkippedStretchOfTheLatencyChart() throws Exception {
        try (MetricsOnASample run = MetricsOnASample.open(1200, 300)) {
            MetricsPanel panel = run.panel;
            run.seek(120);
            assertFalse(fx(run.vm::isPlaying));
            // 120 s of a 600 s run at the history's spacing (600 / 512 s) is about 100 points; the pulses show
            // them without the clock moving again.
            await(() -> panel.latencyChart().points() > 40, 10_000);
        }
    }

    /** The panel as wide as a 1440 × 900 window, filled from a finished run of hello-cdn (#17). */
    @Test
    void theLatencyTableShowsEveryUsersNameWholeAfterARun() throws Exception {
        try (MetricsOnASample run = MetricsOnASample.open(1440, 320)) {
            fxRun(() -> {
                run.vm.speedProperty().set(RunViewModel.MAX_SPEED);
                run.vm.play();
            });
            await(() -> run.vm.finishedProperty().get(), 120_000);
            List<String> cut = fx(() -> {
                for (int i = 0; i < 3; i++) {
                    run.panel.applyCss();
                    run.panel.layout();
                }
                return cutCells(run.panel.regionTable());
            });
            assertEquals(3, fx(() -> run.panel.regionTable().getItems().size()), "one row per users node");
            assertEquals(List.of(), cut);
        }
    }

    /** Every shown cell whose text is drawn shortened ("users-…") instead of whole. */
    private static List<String> cutCells(Node table) {
        List<String> out = new ArrayList<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null) {
                for (Node t : cell.lookupAll(".text")) {
                    if (t instanceof Text text && !text.getText().equals(cell.getText())) {
                        out.add("\"" + cell.getText() + "\" shown as \"" + text.getText() + "\"");
                    }
                }
            }
        }
        return out;
    }
}
