package dev.cdnx.app.run.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A cheap line chart on one canvas: a few series of at most a few hundred points over simulated time, an
 * optional horizontal reference line (a capacity), and the values under the mouse. Redraws only when data,
 * size or hover change; no animation, no per-point nodes. NaN values leave a gap.
 */
public final class TimeChart extends Region {

    /** Okabe–Ito series colours, colour-blind safe. */
    private static final Color[] PALETTE = {Color.web("#56B4E9"), Color.web("#E69F00"), Color.web("#009E73"),
        Color.web("#CC79A7"), Color.web("#F0E442"), Color.web("#0072B2"), Color.web("#D55E00")};

    private record Series(String name, double[] x, double[] y, Color color) {
    }

    private final Canvas canvas = new Canvas();
    private final Label textSwatch = new Label();
    private final String title;
    private final String unit;
    private final List<Series> series = new ArrayList<>();
    private double fixedMax = Double.NaN;
    private double reference = Double.NaN;
    private String referenceLabel = "";
    private double hoverX = Double.NaN;

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
        g.setFont(Font.font(11));
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(title, 4, 2);
        double left = 44;
        double top = 20;
        double right = w - 8;
        double bottom = h - 16;
        double xMax = 1;
        double yMax = 0;
        for (Series s : series) {
            for (int i = 0; i < s.y.length; i++) {
                xMax = Math.max(xMax, s.x[i]);
                if (!Double.isNaN(s.y[i])) {
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
        g.fillText("0", left, bottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(format(xMax) + " s", right, bottom + 2);
        double sx = (right - left) / xMax;
        double sy = (bottom - top) / yMax;
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
        double legendX = right;
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
            g.setFill(s.color);
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(s.name, legendX, 2);
            legendX -= 8 + s.name.length() * 6.2;
        }
        hover(g, text, left, right, top, bottom, sx, sy);
    }

    private void hover(GraphicsContext g, Color text, double left, double right, double top, double bottom, double sx,
            double sy) {
        if (Double.isNaN(hoverX) || series.isEmpty() || hoverX < left || hoverX > right) {
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
                sb.append("  ").append(s.name).append(' ').append(format(s.y[best])).append(unit);
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
