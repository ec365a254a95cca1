package dev.cdnx.model.checks;

import static dev.cdnx.model.checks.Rule.fire;
import static dev.cdnx.model.checks.Rule.skipped;

import dev.cdnx.model.checks.CheckOutcome.Severity;
import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks about what is cached and how: cacheability, headers, cache keys, byte versus request hits. */
final class ContentChecks {

    /** Below this measured hit ratio a CDN caches next to nothing. */
    static final double LOW_HIT_RATIO = 0.10;
    /** A byte hit ratio this far below the request hit ratio means large objects are missing. */
    static final double BYTE_GAP = 0.15;

    private ContentChecks() {}

    static List<ArchitectureCheck> all() {
        return List.of(uncacheable(), noStoreOnCacheable(), shortTtlImmutable(), trackingInKey(), byteHitGap());
    }

    static ArchitectureCheck uncacheable() {
        return new Rule(
                "uncacheable-traffic",
                "CDN in front of mostly uncacheable traffic",
                Severity.WARNING,
                "Put only the static shell and assets behind the CDN and let the personalised or dynamic paths "
                        + "bypass the cache (or skip the CDN for them); judge the CDN by the bytes it keeps from "
                        + "the origin (byte hit ratio), not by its request hit ratio.",
                ctx -> {
                    RunResult r = ctx.run();
                    if (r != null && r.requests() > 0) {
                        return r.hitRatio() < LOW_HIT_RATIO
                                ? fire(
                                        "the run's hit ratio is " + pct(r.hitRatio())
                                                + " over " + String.format(Locale.ROOT, "%,d", r.requests())
                                                + " requests: nearly every request pays the request fee and an extra hop and still "
                                                + "goes to the origin",
                                        ctx.names(NodeKind.EDGE))
                                : null;
                    }
                    double share = uncacheableShare(ctx.scenario());
                    return share >= 0.5
                            ? fire(
                                    pct(share) + " of requests go to classes a shared cache may not keep ("
                                            + uncacheableNames(ctx.scenario()) + "); expect a hit ratio near zero",
                                    ctx.names(NodeKind.EDGE))
                            : null;
                });
    }

    static ArchitectureCheck noStoreOnCacheable() {
        return new Rule(
                "no-store-on-cacheable",
                "Uncacheable headers on content that never changes",
                Severity.WARNING,
                "Send Cache-Control: public, max-age=31536000, immutable with versioned file names, and have CI "
                        + "flag no-store, no-cache or max-age=0 on paths meant to be cached.",
                ctx -> {
                    List<String> bad = new ArrayList<>();
                    for (ContentClassSpec c : ctx.scenario().workload.classes) {
                        boolean stable = c.changeEvery == null || c.changeEvery.isInfinite();
                        if (stable && !CacheHeaders.cacheable(c)) {
                            bad.add(c.name + " (\"" + CacheHeaders.cacheControl(c) + "\")");
                        }
                    }
                    return bad.isEmpty()
                            ? null
                            : fire(
                                    "content that never changes is sent as uncacheable: " + String.join(", ", bad)
                                            + "; every request for it goes to the origin",
                                    List.of());
                });
    }

    static ArchitectureCheck shortTtlImmutable() {
        return new Rule(
                "short-ttl-immutable",
                "Short TTL on content that never changes",
                Severity.ADVICE,
                "Give never-changing content a long max-age and put a content hash in its name, so a new version "
                        + "is a new URL instead of a purge or a revalidation.",
                ctx -> {
                    List<String> bad = new ArrayList<>();
                    for (ContentClassSpec c : ctx.scenario().workload.classes) {
                        boolean stable = c.changeEvery == null || c.changeEvery.isInfinite();
                        double life = CacheHeaders.lifetime(c);
                        if (stable && CacheHeaders.storable(c) && life > 0 && life < 3600) {
                            bad.add(c.name + " (" + (long) life + " s)");
                        }
                    }
                    return bad.isEmpty()
                            ? null
                            : fire(
                                    "content that never changes expires within the hour, so "
                                            + "caches keep asking the origin about it: " + String.join(", ", bad),
                                    List.of());
                });
    }

    static ArchitectureCheck trackingInKey() {
        return new Rule(
                "tracking-in-key",
                "Tracking parameters in the cache key",
                Severity.WARNING,
                "Strip utm_*, gclid, fbclid and similar parameters from the cache key at the edge "
                        + "(policy.cacheKey.dropTrackingParams) and sort what is left.",
                ctx -> {
                    Scenario s = ctx.scenario();
                    if (!s.workload.tracking.enabled || s.policy.cacheKey.dropTrackingParams) {
                        return null;
                    }
                    String measured = ctx.run() == null
                            ? ""
                            : "; the run's hit ratio is " + pct(ctx.run().hitRatio());
                    return fire(
                            pct(s.workload.tracking.fraction) + " of requests carry one of "
                                    + s.workload.tracking.variants
                                    + " tracking strings that stay in the key, so one object "
                                    + "becomes up to " + (s.workload.tracking.variants + 1) + " cold copies" + measured,
                            ctx.names(NodeKind.EDGE));
                });
    }

    static ArchitectureCheck byteHitGap() {
        return new Rule(
                "byte-hit-gap",
                "Byte hit ratio far below request hit ratio",
                Severity.WARNING,
                "Look at the largest objects: give them long TTLs and room in the cache (or a shield), and set "
                        + "the hit-ratio goal on bytes, which is what the egress bill follows.",
                ctx -> {
                    RunResult r = ctx.run();
                    if (r == null) {
                        throw skipped("needs a run: the byte and request hit ratios are measured");
                    }
                    double gap = r.hitRatio() - r.byteHitRatio();
                    return gap >= BYTE_GAP
                            ? fire(
                                    "request hit ratio " + pct(r.hitRatio()) + " but byte hit ratio "
                                            + pct(r.byteHitRatio())
                                            + ": a few large cold objects carry most of the origin bytes",
                                    ctx.names(NodeKind.EDGE))
                            : null;
                });
    }

    /** The share of requests that go to classes a shared cache may not keep (Zipf share per class). */
    static double uncacheableShare(Scenario s) {
        CatalogEstimate cat = new CatalogEstimate(s.workload);
        double share = 0;
        for (ContentClassSpec c : s.workload.classes) {
            if (!CacheHeaders.cacheable(c)) {
                share += cat.requestShare(c);
            }
        }
        return share;
    }

    private static String uncacheableNames(Scenario s) {
        List<String> names = new ArrayList<>();
        for (ContentClassSpec c : s.workload.classes) {
            if (!CacheHeaders.cacheable(c)) {
                names.add(c.name + ": \"" + CacheHeaders.cacheControl(c) + "\"");
            }
        }
        return String.join(", ", names);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
