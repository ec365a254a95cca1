package dev.cdnx.model.engine;

import org.HdrHistogram.Histogram;

/**
 * Everything a run counts: totals, the time series, and latency histograms (overall and per users node,
 * in microseconds, 3 significant digits). Memory is fixed when the run starts.
 */
final class Metrics {
    long requests;
    long hits;
    long bytesRequested;
    long bytesHit;
    long originRequests;
    long originBytes;
    long filledFromOrigin;
    long declinedFromOrigin;
    long revalidations;
    long coalesced;
    long staleServed;
    /** User requests answered stale because the upstream failed (part of {@link #staleServed}). */
    long staleIfError;

    long errors;
    long warmups;
    long pushedBytes;
    long shieldRequests;
    long shieldHits;
    long shieldBytesRequested;
    long shieldBytesHit;

    private long originSecond = -1;
    private long originThisSecond;
    long peakOriginPerSecond;

    final TimeSeries series;
    /** Origin requests by content class index. */
    final long[] originRequestsByClass;
    /** User requests, bytes they asked for, and origin body bytes, by content class index. */
    final long[] requestsByClass;

    final long[] bytesRequestedByClass;
    final long[] originBytesByClass;
    final LatencyRecorder[] usersLatency;
    final double[] firstRequestMs;
    /** Recent latencies for live snapshots; reset by each snapshot, kept only once snapshots are taken. */
    final Histogram recentLatency = histogram();

    boolean keepRecent;

    Metrics(double duration, int nodes, int classes) {
        originRequestsByClass = new long[classes];
        requestsByClass = new long[classes];
        bytesRequestedByClass = new long[classes];
        originBytesByClass = new long[classes];
        series = new TimeSeries(duration);
        usersLatency = new LatencyRecorder[nodes];
        firstRequestMs = new double[nodes];
        java.util.Arrays.fill(firstRequestMs, Double.NaN);
    }

    private static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    void originRequest(double t) {
        originRequests++;
        series.add(TimeSeries.ORIGIN_REQUESTS, t, 1);
        long second = (long) Math.floor(t);
        if (second != originSecond) {
            originSecond = second;
            originThisSecond = 0;
        }
        originThisSecond++;
        if (originThisSecond > peakOriginPerSecond) {
            peakOriginPerSecond = originThisSecond;
        }
    }

    /** A users node's latencies so far, or null when it has made no request. */
    Histogram usersLatency(int usersNode) {
        LatencyRecorder h = usersLatency[usersNode];
        return h == null ? null : h.histogram();
    }

    /**
     * Every request's latency: the users nodes' histograms added up. Recording each request once, in its
     * users node's histogram, and adding at the end is cheaper than recording it twice on the way.
     */
    Histogram overallLatency() {
        Histogram all = histogram();
        for (LatencyRecorder h : usersLatency) {
            if (h != null) {
                all.add(h.histogram());
            }
        }
        return all;
    }

    void latency(int usersNode, double seconds, double time) {
        long micros = Math.max(1, Math.min(3_600_000_000L, Math.round(seconds * 1e6)));
        if (keepRecent) {
            recentLatency.recordValue(micros);
        }
        LatencyRecorder h = usersLatency[usersNode];
        if (h == null) {
            h = new LatencyRecorder(histogram());
            usersLatency[usersNode] = h;
        }
        h.record(micros);
        if (Double.isNaN(firstRequestMs[usersNode])) {
            firstRequestMs[usersNode] = seconds * 1000;
        }
        series.add(TimeSeries.LATENCY_SUM, time, seconds * 1000);
        series.add(TimeSeries.LATENCY_COUNT, time, 1);
    }
}
