package dev.cdnx.model.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * The log-log rank/frequency plot of an imported log: its measured points and the straight line of the
 * fitted Zipf α through them. On log axes a Zipf popularity is a line of slope −α, so how far the points
 * bend away from the line shows how well one α describes the log.
 *
 * @param measured (log10 rank, log10 requests) for each saved rank/frequency point with requests
 * @param fitted the fitted line at the first and last measured rank: log10 requests = c − α · log10 rank,
 *     with c the least-squares intercept for that slope
 */
public record PopularityPlot(List<Point> measured, List<Point> fitted, double alpha) {

    /** A point on the log-log plane (base 10). */
    public record Point(double log10Rank, double log10Requests) {}

    /** The plot of a workload; empty lists when it has no rank/frequency points. */
    public static PopularityPlot of(Workload w) {
        List<Point> measured = new ArrayList<>();
        for (long[] p : w.rankFrequency) {
            if (p[0] >= 1 && p[1] >= 1) {
                measured.add(new Point(Math.log10((double) p[0]), Math.log10((double) p[1])));
            }
        }
        if (measured.isEmpty()) {
            return new PopularityPlot(List.of(), List.of(), w.zipfAlpha);
        }
        double alpha = w.zipfAlpha;
        // With the slope fixed at −α, the best intercept is the mean of log y + α·log x over the points.
        double c = measured.stream()
                .mapToDouble(p -> p.log10Requests() + alpha * p.log10Rank())
                .average()
                .orElse(0);
        double first = measured.get(0).log10Rank();
        double last = measured.get(measured.size() - 1).log10Rank();
        List<Point> line = List.of(new Point(first, c - alpha * first), new Point(last, c - alpha * last));
        return new PopularityPlot(List.copyOf(measured), line, alpha);
    }
}
