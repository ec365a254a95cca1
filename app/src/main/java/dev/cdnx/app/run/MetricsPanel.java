package dev.cdnx.app.run;

import dev.cdnx.app.run.chart.ChartSpan;
import dev.cdnx.app.run.chart.TimeChart;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.timeline.RunEvent;
import java.util.Comparator;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.Duration;

/**
 * Tab content with the live charts: hit ratio and byte hit ratio over time, origin requests per second
 * against the origins' capacity, latency percentiles, errors, stale and coalesced answers, push coverage,
 * and a table of latency per users region. The series come from the engine (exact per-second counters);
 * charts redraw a few times a second at most. All charts show the same stretch of time: the last 60 s,
 * the last 10 min or the whole run ({@link ChartSpan}), or a window dragged on any chart (a double click
 * goes back to the span); the run's events are marked on every chart.
 */
public final class MetricsPanel extends GridPane {

    /** The snapshot charts redraw at most this often while a run plays. */
    private static final long HISTORY_REDRAW_NANOS = 250_000_000L;

    /** One users node's latency row. */
    public record RegionRow(String region, String users, double p50, double p95, double p99, double first) {}

    private final RunViewModel vm;
    private final TimeChart hits = new TimeChart("Hit ratio (%)", "%");
    private final TimeChart origin = new TimeChart("Origin requests/s", "/s");
    private final TimeChart latency = new TimeChart("Latency, recent (ms)", " ms");
    private final TimeChart errors = new TimeChart("Errors, stale (/s)", "/s");
    private final TimeChart coverage = new TimeChart("Push coverage (%)", "%");
    /** Each column as wide as its title and its longest cell ("users-los-angeles"); scrolls sideways if need be. */
    private final TableView<RegionRow> regions = new dev.cdnx.app.widget.WholeHeaderTable<>();

    private long historyVersion = -1;
    private final PauseTransition trailingDraw = new PauseTransition(Duration.millis(HISTORY_REDRAW_NANOS / 1e6));
    private long lastHistoryDraw;
    private final ObjectProperty<ChartSpan> span = new SimpleObjectProperty<>(this, "span", ChartSpan.WHOLE_RUN);
    /** A window the user dragged: {from, to}; null follows the span. */
    private double[] dragged;

    public MetricsPanel(RunViewModel vm) {
        this.vm = vm;
        getStyleClass().add(RunStyles.METRICS);
        getStylesheets().add(RunStyles.STYLESHEET);
        setId("run-metrics");
        setHgap(8);
        setVgap(8);
        hits.setFixedMax(100);
        coverage.setFixedMax(100);
        hits.setId("run-chart-hits");
        origin.setId("run-chart-origin");
        latency.setId("run-chart-latency");
        errors.setId("run-chart-errors");
        coverage.setId("run-chart-coverage");
        regions.setId("run-region-latency");
        regions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        regions.getColumns().add(column("Region", RegionRow::region));
        regions.getColumns().add(column("Users", RegionRow::users));
        regions.getColumns().add(column("P50 ms", r -> ms(r.p50())));
        regions.getColumns().add(column("P95 ms", r -> ms(r.p95())));
        regions.getColumns().add(column("P99 ms", r -> ms(r.p99())));
        regions.getColumns().add(column("First ms", r -> ms(r.first())));
        add(spanBar(), 0, 0, 3, 1);
        add(hits, 0, 1);
        add(origin, 1, 1);
        add(latency, 2, 1);
        add(errors, 0, 2);
        add(coverage, 1, 2);
        add(regions, 2, 2);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100 / 3.0);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
        }
        RowConstraints bar = new RowConstraints();
        bar.setVgrow(Priority.NEVER);
        getRowConstraints().add(bar);
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
        for (TimeChart c : charts()) {
            c.setOnWindowSelected(this::selectWindow);
            c.setOnWindowReset(() -> span.set(ChartSpan.WHOLE_RUN));
        }
        span.addListener((o, a, b) -> {
            if (b != null) {
                dragged = null;
                redrawAll();
            }
        });
        vm.durationProperty().addListener((o, a, d) -> span.set(ChartSpan.defaultFor(d.doubleValue())));
        span.set(ChartSpan.defaultFor(vm.durationProperty().get()));
        vm.timeline().events().addListener((javafx.collections.ListChangeListener<RunEvent>) c -> {
            double[] times =
                    vm.timeline().events().stream().mapToDouble(RunEvent::time).toArray();
            charts().forEach(ch -> ch.setMarks(times));
        });
        vm.resultProperty().addListener((o, a, r) -> showResult(r));
        // The history grows exactly when a snapshot is shown (the display clock moves first, so it is too early).
        vm.snapshotProperty().addListener((o, a, b) -> showHistory());
        trailingDraw.setOnFinished(e -> showHistory());
        vm.geometryProperty().addListener((o, a, g) -> {
            double cap = g.totalOriginCapacity();
            origin.setReference(cap > 0 ? cap : Double.NaN, "capacity " + Math.round(cap) + "/s");
            showResult(null);
        });
        RunGeometry g = vm.geometryProperty().get();
        if (g != null) {
            origin.setReference(g.totalOriginCapacity(), "capacity " + Math.round(g.totalOriginCapacity()) + "/s");
        }
    }

    /** The five charts, in reading order. */
    List<TimeChart> charts() {
        return List.of(hits, origin, latency, errors, coverage);
    }

    /** Last 60 s / Last 10 min / Whole run, as one toggle group; none is selected while a dragged window shows. */
    private HBox spanBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("run-chart-spans");
        for (ChartSpan sp : ChartSpan.values()) {
            ToggleButton b = new ToggleButton(sp.label());
            b.setId("run-chart-span-"
                    + sp.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setUserData(sp);
            b.setToggleGroup(group);
            b.setSelected(sp == span.get());
            b.setOnAction(e -> span.set(sp));
            bar.getChildren().add(b);
        }
        span.addListener((o, a, sp) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == sp)));
        Label hint = new Label("drag across a chart to zoom into that stretch; double-click for the whole run");
        hint.getStyleClass().add(RunStyles.TIME);
        bar.getChildren().add(hint);
        return bar;
    }

    /** The span the charts follow; null while a dragged window shows. */
    public ObjectProperty<ChartSpan> spanProperty() {
        return span;
    }

    /** {from, to} the charts show at shown time {@code now}. */
    double[] window(double now) {
        return dragged != null ? dragged.clone() : (span.get() == null ? ChartSpan.WHOLE_RUN : span.get()).window(now);
    }

    /** Shows simulated time {@code from} to {@code to} on every chart (a drag across one of them). */
    void selectWindow(double from, double to) {
        dragged = new double[] {from, to};
        span.set(null);
        redrawAll();
    }

    private void redrawAll() {
        showResult(vm.resultProperty().get());
        historyVersion = -1;
        lastHistoryDraw = 0;
        showHistory();
    }

    /** The hit-ratio chart; for tests. */
    TimeChart hitsChart() {
        return hits;
    }

    /** The latency per users node; for tests. */
    TableView<RegionRow> regionTable() {
        return regions;
    }

    /** The recent-latency chart (drawn from the snapshot history); for tests. */
    TimeChart latencyChart() {
        return latency;
    }

    private void showResult(RunResult r) {
        if (r == null) {
            double[] none = new double[0];
            hits.setData(none, List.of(), List.of());
            origin.setData(none, List.of(), List.of());
            errors.setData(none, List.of(), List.of());
            regions.getItems().clear();
            return;
        }
        double[] w = window(Math.max(r.simulatedSeconds(), vm.simTimeProperty().get()));
        MetricsData d = new MetricsData(r.series(), w[0], r.simulatedSeconds());
        for (TimeChart c : List.of(hits, origin, errors)) {
            c.setWindow(w[0], w[1]);
        }
        hits.setData(
                d.x,
                List.of("hit", "byte hit"),
                List.of(d.percent("hits", "requests"), d.percent("bytesHit", "bytesRequested")));
        origin.setData(d.x, List.of("origin req/s"), List.of(d.rate("originRequests")));
        double[] onError = d.rate("staleIfError");
        double[] whileRevalidating = d.rate("staleServed");
        for (int i = 0; i < whileRevalidating.length; i++) {
            // staleServed counts both kinds of stale answer: draw each once.
            whileRevalidating[i] -= onError[i];
        }
        errors.setData(
                d.x,
                List.of("errors", "stale (SWR)", "coalesced", "stale-if-error"),
                List.of(d.rate("errors"), whileRevalidating, d.rate("coalesced"), onError));
        regions.setItems(FXCollections.observableArrayList(r.users().stream()
                .map(u -> new RegionRow(
                        regionOf(u.name()),
                        u.name(),
                        u.latencyMs().p50(),
                        u.latencyMs().p95(),
                        u.latencyMs().p99(),
                        u.firstRequestMs()))
                .sorted(Comparator.comparing(RegionRow::region).thenComparing(RegionRow::users))
                .toList()));
    }

    private void showHistory() {
        MetricsHistory h = vm.history();
        long now = System.nanoTime();
        if (h.version() == historyVersion) {
            return;
        }
        if (now - lastHistoryDraw < HISTORY_REDRAW_NANOS) {
            // Drawn a moment ago: draw again once the moment is over, in case the clock then stands still
            // (a seek while paused, the end of the run).
            if (trailingDraw.getStatus() != Animation.Status.RUNNING) {
                trailingDraw.play();
            }
            return;
        }
        trailingDraw.stop();
        historyVersion = h.version();
        lastHistoryDraw = now;
        double[] t = h.times();
        double[] w = window(Math.max(
                t.length == 0 ? 0 : t[t.length - 1], vm.simTimeProperty().get()));
        latency.setWindow(w[0], w[1]);
        coverage.setWindow(w[0], w[1]);
        latency.setData(
                t,
                List.of("P50", "P95", "P99"),
                List.of(h.column(MetricsHistory.P50), h.column(MetricsHistory.P95), h.column(MetricsHistory.P99)));
        coverage.setData(t, List.of("coverage"), List.of(h.column(MetricsHistory.COVERAGE)));
    }

    private String regionOf(String users) {
        NodeSpec n = vm.document().scenario().node(users);
        return n == null || n.region == null ? "–" : n.region;
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.0f", v);
    }

    private static TableColumn<RegionRow, String> column(
            String title, java.util.function.Function<RegionRow, String> f) {
        TableColumn<RegionRow, String> c = new TableColumn<>(title);
        // Never narrower than its title: in a small window the table scrolls sideways instead of showing "P9…".
        c.setMinWidth(new javafx.scene.text.Text(title).getLayoutBounds().getWidth() + 28);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        // A long users node's name is shortened in a narrow column: the whole name shows on hover.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }
}
