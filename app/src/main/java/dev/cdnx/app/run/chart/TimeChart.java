package dev.cdnx.app.run.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A cheap line chart on one canvas: a few series of at most a few hundred points over simulated time, an
 * optional horizontal reference line (a capacity), the run's events as thin vertical marks, and the values
 * under the mouse. The time axis shows a window ({@link #setWindow}; by default 0 to the last point); a drag
 * across the chart selects a new window and a double click asks for the default back (both reported to the
 * owner, who decides for all its charts). Redraws only when data, size or hover change; no animation, no
 * per-point nodes. NaN values leave a gap.
 */
public final class TimeChart extends Region {

    /** Okabe–Ito series colours, colour-blind safe. */
    private static final Color[] PALETTE = {
        Color.web("#56B4E9"),
        Color.web("#E69F00"),
        Color.web("#009E73"),
        Color.web("#CC79A7"),
        Color.web("#F0E442"),
        Color.web("#0072B2"),
        Color.web("#D55E00")
    };

    /** The colour of event marks: the timeline's amber, readable on light and dark. */
    private static final Color MARK = Color.web("#E69F00");

    private record Series(String name, double[] x, double[] y, Color color) {}

    private final Canvas canvas = new Canvas();
    private final Label textSwatch = new Label();
    private final String title;
    private final String unit;
    private final List<Series> series = new ArrayList<>();
    private double fixedMax = Double.NaN;
    private double reference = Double.NaN;
    private String referenceLabel = "";
    private double hoverX = Double.NaN;
    private double windowFrom = Double.NaN;
    private double windowTo = Double.NaN;
    private double[] marks = new double[0];
    private double dragFrom = Double.NaN;
    private double dragTo = Double.NaN;
    private BiConsumer<Double, Double> onSelect = (a, b) -> {};
    private Runnable onReset = () -> {};
    /** The plot's left and right edges at the last draw, for turning mouse x into time. */
    private double plotLeft = 44;

    private static final Font HEADER_FONT = Font.font(11);
    private final java.util.Map<String, Double> textWidths = new java.util.HashMap<>();
    private ChartHeader header = ChartHeader.place(4, 1, 2, 0, new double[0]);

    private double plotRight = 1;
    private double plotFrom;
    private double plotTo = 1;

    public TimeChart(String title, String unit) {
        this.title = title;
        this.unit = unit;
        getStyleClass().add("run-chart");
        textSwatch.getStyleClass().add("run-chart-text");
        textSwatch.setManaged(false);
        textSwatch.setVisible(false);
        getChildren().addAll(canvas, textSwatch);
        setMinSize(160, 110);
        setPrefSize(320, 170);
        canvas.setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        canvas.setOnMouseExited(e -> {
            hoverX = Double.NaN;
            draw();
        });
        canvas.setOnMousePressed(e -> {
            dragFrom = e.getX();
            dragTo = Double.NaN;
        });
        canvas.setOnMouseDragged(e -> {
            dragTo = e.getX();
            hoverX = e.getX();
            draw();
        });
        canvas.setOnMouseReleased(e -> {
            double a = timeAt(dragFrom);
            double b = timeAt(dragTo);
            dragFrom = Double.NaN;
            dragTo = Double.NaN;
            // A drag of a few pixels is a click, not a window.
            if (!Double.isNaN(a)
                    && !Double.isNaN(b)
                    && Math.abs(e.getX() - (plotLeft + (a - plotFrom) / (plotTo - plotFrom) * (plotRight - plotLeft)))
                            > 6) {
                onSelect.accept(Math.min(a, b), Math.max(a, b));
            }
            draw();
        });
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onReset.run();
            }
        });
    }

    /** Where the title and the legend were drawn last, for tests: they never overlap (#17). */
    public ChartHeader header() {
        return header;
    }

    private ChartHeader placeHeader(double right) {
        double[] widths = new double[series.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = textWidth(series.get(i).name);
        }
        return ChartHeader.place(4, right, 2, textWidth(title), widths);
    }

    /** The width of {@code s} in the header's 11 px type (measured once per text). */
    private double textWidth(String s) {
        return textWidths.computeIfAbsent(s, k -> {
            Text t = new Text(k);
            t.setFont(HEADER_FONT);
            return t.getLayoutBounds().getWidth();
        });
    }

    /** Shows simulated time {@code from} to {@code to} on the x axis; NaN for 0 to the last point. */
    public void setWindow(double from, double to) {
        windowFrom = from;
        windowTo = to;
        draw();
    }

    /** The run's event times, drawn as thin vertical marks. */
    public void setMarks(double[] times) {
        marks = times.clone();
        draw();
    }

    /** Called with {from, to} in simulated seconds when the user drags across the chart. */
    public void setOnWindowSelected(BiConsumer<Double, Double> handler) {
        onSelect = handler;
    }

    /** Called when the user double-clicks the chart to go back to the chosen span. */
    public void setOnWindowReset(Runnable handler) {
        onReset = handler;
    }

    /** The time range the x axis shows: {from, to}, the window set or else 0 to the last point (at least 1 s). */
    public double[] shownWindow() {
        double xMax = 1;
        for (Series s : series) {
            for (double x : s.x) {
                xMax = Math.max(xMax, x);
            }
        }
        double x0 = Double.isNaN(windowFrom) ? 0 : windowFrom;
        double x1 = Double.isNaN(windowTo) ? xMax : Math.max(windowTo, x0 + 1e-9);
        return new double[] {x0, x1};
    }

    /** The simulated time under canvas x (clamped to the plot), or NaN before the first draw. */
    double timeAt(double x) {
        if (Double.isNaN(x) || plotRight <= plotLeft) {
            return Double.NaN;
        }
        double f = Math.max(0, Math.min(1, (x - plotLeft) / (plotRight - plotLeft)));
        return plotFrom + f * (plotTo - plotFrom);
    }

    /** Fixes the top of the y axis (e.g. 100 for percentages); NaN scales to the data. */
    public void setFixedMax(double max) {
        fixedMax = max;
    }

    /** Draws a dashed horizontal line at {@code value}, labelled; NaN removes it. */
    public void setReference(double value, String label) {
        reference = value;
        referenceLabel = label;
    }

    /** Replaces the data: pairs of names and y columns over the shared x (simulated seconds). */
    public void setData(double[] x, List<String> names, List<double[]> ys) {
        series.clear();
        for (int i = 0; i < names.size(); i++) {
            series.add(new Series(names.get(i), x, ys.get(i), PALETTE[i % PALETTE.length]));
        }
        draw();
    }

    /** The number of x values drawn (0 with no data); for tests. */
    public int points() {
        return series.isEmpty() ? 0 : series.get(0).x().length;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return;
        }
        Color text = textSwatch.getTextFill() instanceof Color c ? c : Color.GRAY;
        g.setFont(HEADER_FONT);
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double right = w - 8;
        header = placeHeader(right);
        g.fillText(title, header.title().getMinX(), header.title().getMinY());
        double left = 44;
        double top = header.plotTop();
        double bottom = h - 16;
        double[] range = shownWindow();
        double x0 = range[0];
        double x1 = range[1];
        double yMax = 0;
        for (Series s : series) {
            for (int i = 0; i < s.y.length; i++) {
                if (!Double.isNaN(s.y[i]) && s.x[i] >= x0 && s.x[i] <= x1) {
                    yMax = Math.max(yMax, s.y[i]);
                }
            }
        }
        if (!Double.isNaN(reference)) {
            yMax = Math.max(yMax, reference * 1.1);
        }
        // Nothing to show yet (or only zeros): a scale of 0 to 1 rather than three ticks reading 0.00. Else a
        // tenth of headroom, so a line that holds at its maximum (a P99 of 199 ms) is not drawn on the frame.
        yMax = !Double.isNaN(fixedMax) ? fixedMax : yMax > 0 ? niceCeil(yMax * 1.1) : 1;
        g.setStroke(text.deriveColor(0, 1, 1, 0.3));
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 2; k++) {
            double v = yMax * k / 2;
            double y = bottom - (bottom - top) * k / 2;
            g.strokeLine(left, y, right, y);
            g.fillText(format(v), left - 4, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(format(x0) + (x0 > 0 ? " s" : ""), left, bottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(format(x1) + " s", right, bottom + 2);
        double sx = (right - left) / (x1 - x0);
        double sy = (bottom - top) / yMax;
        plotLeft = left;
        plotRight = right;
        plotFrom = x0;
        plotTo = x1;
        g.save();
        g.beginPath();
        g.rect(left, top - 2, right - left, bottom - top + 4);
        g.clip();
        // The whole chart is drawn shifted by the window's start; the clip keeps what lies outside it off.
        left -= x0 * sx;
        drawMarks(g, left, top, bottom, sx);
        if (!Double.isNaN(reference)) {
            double y = bottom - reference * sy;
            g.setStroke(Color.web("#D55E00"));
            g.setLineDashes(4, 4);
            g.strokeLine(left, y, right, y);
            g.setLineDashes();
            g.setFill(Color.web("#D55E00"));
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(referenceLabel, right, y - 1);
        }
        g.setLineWidth(1.5);
        for (int si = series.size() - 1; si >= 0; si--) {
            Series s = series.get(si);
            g.setStroke(s.color);
            g.beginPath();
            boolean pen = false;
            for (int i = 0; i < s.y.length; i++) {
                if (Double.isNaN(s.y[i])) {
                    pen = false;
                    continue;
                }
                double px = left + s.x[i] * sx;
                double py = bottom - Math.min(s.y[i], yMax) * sy;
                if (pen) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    pen = true;
                }
            }
            g.stroke();
        }
        g.restore();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (int si = 0; si < series.size(); si++) {
            Rectangle2D box = header.legend().get(si);
            g.setFill(series.get(si).color);
            g.fillText(series.get(si).name, box.getMinX(), box.getMinY());
        }
        drawSelection(g, text, top, bottom);
        hover(g, text, left, right, top, bottom, sx, sy);
    }

    private void drawMarks(GraphicsContext g, double left, double top, double bottom, double sx) {
        g.setStroke(MARK);
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        for (double t : marks) {
            double x = left + t * sx;
            g.strokeLine(x, top, x, bottom);
        }
        g.setLineDashes();
        g.setFill(MARK);
        for (double t : marks) {
            double x = left + t * sx;
            g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {top - 2, top - 2, top + 5}, 3);
        }
    }

    private void drawSelection(GraphicsContext g, Color text, double top, double bottom) {
        if (Double.isNaN(dragFrom) || Double.isNaN(dragTo)) {
            return;
        }
        double a = Math.max(plotLeft, Math.min(dragFrom, dragTo));
        double b = Math.min(plotRight, Math.max(dragFrom, dragTo));
        g.setFill(text.deriveColor(0, 1, 1, 0.15));
        g.fillRect(a, top, b - a, bottom - top);
    }

    private void hover(
            GraphicsContext g, Color text, double left, double right, double top, double bottom, double sx, double sy) {
        if (Double.isNaN(hoverX) || series.isEmpty() || hoverX < plotLeft || hoverX > right) {
            return;
        }
        double xv = (hoverX - left) / sx;
        StringBuilder sb = new StringBuilder(String.format("t=%.0fs", xv));
        for (Series s : series) {
            int best = -1;
            for (int i = 0; i < s.x.length; i++) {
                if (best < 0 || Math.abs(s.x[i] - xv) < Math.abs(s.x[best] - xv)) {
                    best = i;
                }
            }
            if (best >= 0) {
                sb.append("  ")
                        .append(s.name)
                        .append(' ')
                        .append(format(s.y[best]))
                        .append(unit);
                g.setFill(s.color);
                if (!Double.isNaN(s.y[best])) {
                    g.fillOval(left + s.x[best] * sx - 3, bottom - s.y[best] * sy - 3, 6, 6);
                }
            }
        }
        g.setStroke(text.deriveColor(0, 1, 1, 0.5));
        g.strokeLine(hoverX, top, hoverX, bottom);
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(sb.toString(), left + 2, top);
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format("%.1fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format("%.0fk", v / 1e3);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format("%.0f", v);
        }
        return a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    /** The smallest round number (1, 2, 2.5 or 5 times a power of ten) at least {@code v > 0}: tick steps. */
    public static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
