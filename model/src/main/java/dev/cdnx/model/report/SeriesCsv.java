package dev.cdnx.model.report;

import dev.cdnx.model.engine.TimeSeries;
import java.util.Locale;

/**
 * A run's time series as CSV: one row per bucket, a header with {@code time} (bucket start, simulated
 * seconds) and every column of {@link TimeSeries}, plus the derived hit ratio and mean latency.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    /** Every bucket of the series (a finished run). */
    public static String render(TimeSeries series) {
        return render(series, Double.POSITIVE_INFINITY);
    }

    /**
     * The buckets that start before {@code playedSeconds}: a run stopped part way (the live view's result
     * when it is paused) has no rows for time it has not played, rather than rows of zeros that read as
     * "no traffic".
     */
    public static String render(TimeSeries series, double playedSeconds) {
        StringBuilder sb = new StringBuilder("time");
        for (String c : TimeSeries.COLUMNS) {
            sb.append(',').append(c);
        }
        sb.append(",hitRatio,meanLatencyMs\n");
        int last = series.buckets() - 1;
        // A run that reached its last bucket keeps it (the fetches still under way at the end land there).
        boolean whole = last < 0 || playedSeconds >= series.bucketStart(last);
        for (int b = 0; b <= last && (whole || series.bucketStart(b) < playedSeconds); b++) {
            sb.append(number(series.bucketStart(b)));
            for (int c = 0; c < TimeSeries.COLUMNS.length; c++) {
                sb.append(',').append(number(series.value(c, b)));
            }
            double requests = series.value(0, b);
            double latencyCount = series.value(TimeSeries.COLUMNS.length - 1, b);
            sb.append(',').append(requests == 0 ? "" : number(series.value(1, b) / requests));
            sb.append(',').append(latencyCount == 0 ? ""
                    : number(series.value(TimeSeries.COLUMNS.length - 2, b) / latencyCount));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
