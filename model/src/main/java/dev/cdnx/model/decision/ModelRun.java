package dev.cdnx.model.decision;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DeliveryModel;

/**
 * What one run of the scenario under one delivery model showed, for the verdict's third witness: errors,
 * the 95th-percentile latency (NaN when no request finished), the busiest second at the origin, the
 * push coverage (0 under pull, which places nothing), and the hit ratio.
 */
public record ModelRun(
        DeliveryModel model,
        long requests,
        long errors,
        double p95Ms,
        long originPeakPerSecond,
        double coverage,
        double hitRatio) {

    public static ModelRun of(DeliveryModel model, RunResult r) {
        return new ModelRun(
                model,
                r.requests(),
                r.errors(),
                r.latencyMs().p95(),
                r.peakOriginRequestsPerSecond(),
                r.pushCoverage(),
                r.hitRatio());
    }

    /**
     * Whether this run did better than {@code other} for the people using it: fewer errors first, then a
     * p95 latency lower by more than {@value #P95_TIE_MS} ms, then a lower origin peak.
     */
    public boolean betterThan(ModelRun other) {
        if (errors != other.errors) {
            return errors < other.errors;
        }
        if (Math.abs(p95(this) - p95(other)) > P95_TIE_MS) {
            return p95(this) < p95(other);
        }
        return originPeakPerSecond < other.originPeakPerSecond;
    }

    /** Latencies closer than this count as equal: a run's p95 moves by about this much from seed to seed. */
    public static final double P95_TIE_MS = 1.0;

    private static double p95(ModelRun r) {
        return Double.isNaN(r.p95Ms) ? Double.MAX_VALUE : r.p95Ms;
    }
}
