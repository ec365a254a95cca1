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

    public static String render(TimeSeries series) {
        StringBuilder sb = new StringBuilder("time");
        for (String c : TimeSeries.COLUMNS) {
            sb.append(',').append(c);
        }
        sb.append(",hitRatio,meanLatencyMs\n");
        for (int b = 0; b < series.buckets(); b++) {
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
