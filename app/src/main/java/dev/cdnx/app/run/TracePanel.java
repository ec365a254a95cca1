package dev.cdnx.app.run;

import dev.cdnx.model.engine.RequestTrace;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The followed request, hop by hop: each step with its time since the request left the user, which node
 * talked to which and what happened; then the outcome and the latency. Steps appear as the display clock
 * reaches them, so in slow motion the list narrates the animation.
 */
public final class TracePanel extends VBox {

    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private final Label header = new Label("Click a dot, or press “follow”, to trace one request.");
    private final RunViewModel vm;
    private int shown = -1;
    private boolean shownDone;
    private TraceView last;

    public TracePanel(RunViewModel vm) {
        this.vm = vm;
        getStyleClass().add(RunStyles.TRACE);
        getStylesheets().add(RunStyles.STYLESHEET);
        setId("run-trace");
        setSpacing(6);
        header.setId("run-trace-header");
        header.setWrapText(true);
        Button follow = new Button("Follow next request");
        follow.setId("run-trace-follow");
        follow.setOnAction(e -> vm.followNextRequest());
        Button slow = new Button("Slow motion");
        slow.setId("run-trace-slow");
        slow.setOnAction(e -> vm.speedProperty().set(0.02));
        ListView<String> list = new ListView<>(rows);
        list.setId("run-trace-hops");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, follow, slow), header, list);
        vm.followedProperty().addListener((o, a, b) -> refresh());
        vm.simTimeProperty().addListener((o, a, b) -> refresh());
    }

    private void refresh() {
        TraceView t = vm.followedProperty().get();
        if (t == null) {
            if (last != null) {
                rows.clear();
                header.setText("Waiting for the next request…");
            }
            last = null;
            shown = -1;
            return;
        }
        double now = vm.simTimeProperty().get();
        int n = 0;
        for (RequestTrace.Hop h : t.hops()) {
            if (h.time() <= now + 1e-9 || n == 0) {
                n++;
            }
        }
        boolean done = t.complete() && now >= t.start() + t.latencyMs() / 1000 - 1e-9;
        if (t.equals(last) && n == shown && done == shownDone) {
            return;
        }
        last = t;
        shown = n;
        shownDone = done;
        rows.clear();
        for (int i = 0; i < n; i++) {
            RequestTrace.Hop h = t.hops().get(i);
            String where = h.from().equals(h.to()) ? "at " + h.from() : h.from() + " → " + h.to();
            rows.add(String.format(
                    "+%8.1f ms  %s: %s%s",
                    (h.start() - t.start()) * 1000,
                    where,
                    h.what(),
                    Double.isNaN(h.end()) || h.end() == h.start()
                            ? ""
                            : String.format(" (%.1f ms)", (h.end() - h.start()) * 1000)));
        }
        header.setText("Request #" + t.id() + " from " + t.users() + " at t = " + RunStyles.clock(t.start())
                + (done
                        ? " — " + t.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-') + ", "
                                + String.format("%.0f ms", t.latencyMs())
                        : " — in flight"));
    }
}
