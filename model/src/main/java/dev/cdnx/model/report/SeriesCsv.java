package dev.cdnx.model.report;

import dev.cdnx.model.engine.TimeSeries;
import dev.cdnx.model.io.CsvTable;
import java.util.Locale;

/**
 * A run's time series as CSV: one row per bucket, a header with {@code time} (bucket start, simulated
 * seconds) and every column of {@link TimeSeries}, plus the derived hit ratio and mean latency.
 */
public final class SeriesCsv {

    private SeriesCsv() {}

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
        int columns = TimeSeries.COLUMNS.size();
        String[] header = new String[columns + 3];
        header[0] = "time";
        for (int c = 0; c < columns; c++) {
            header[c + 1] = TimeSeries.COLUMNS.get(c);
        }
        header[columns + 1] = "hitRatio";
        header[columns + 2] = "meanLatencyMs";
        CsvTable table = new CsvTable(header);
        int last = series.buckets() - 1;
        // A run that reached its last bucket keeps it (the fetches still under way at the end land there).
        boolean whole = last < 0 || playedSeconds >= series.bucketStart(last);
        for (int b = 0; b <= last && (whole || series.bucketStart(b) < playedSeconds); b++) {
            Object[] cells = new Object[columns + 3];
            cells[0] = number(series.bucketStart(b));
            for (int c = 0; c < columns; c++) {
                cells[c + 1] = number(series.value(c, b));
            }
            double requests = series.value(0, b);
            double latencyCount = series.value(columns - 1, b);
            cells[columns + 1] = requests == 0 ? "" : number(series.value(1, b) / requests);
            cells[columns + 2] = latencyCount == 0 ? "" : number(series.value(columns - 2, b) / latencyCount);
            table.row(cells);
        }
        return table.render();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
