package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.DeliverySpec;
import dev.cdnx.model.scenario.HybridSpec;
import dev.cdnx.model.scenario.PushSpec;

/**
 * What a push or hybrid delivery places where, worked out as formulas rather than events: the pushed
 * objects go to every target in parallel, one after another in rank order at the push bandwidth, so
 * object i is verified at every target at start + (bytes up to and including i) / bandwidth. Pushed
 * copies are pinned (never evicted); with re-push on change, a target holds the newest version whose
 * transfer has finished; after a rollback it holds the version before.
 */
final class PushPlan {

    final boolean active;
    final boolean toShields;
    private final boolean[] pushed;
    private final double[] availableAt;
    /** The pushed objects' verification times in push order (ascending), and the bytes verified by each. */
    private final double[] verifiedAtInOrder;

    private final long[] bytesThrough;
    final double start;
    final double bytesPerSecond;
    final long setBytes;
    final int setObjects;
    private final boolean repush;
    private final double rollbackAt;
    private final Catalog catalog;

    PushPlan(DeliverySpec d, Catalog catalog, boolean hasShields) {
        this.catalog = catalog;
        PushSpec p = d.push == null ? new PushSpec() : d.push;
        DeliveryModel model = d.model == null ? DeliveryModel.PULL : d.model;
        active = model != DeliveryModel.PULL;
        toShields = model == DeliveryModel.HYBRID ? hasShields : "shields".equals(p.targets) && hasShields;
        start = p.at == null ? 0 : p.at.seconds();
        bytesPerSecond = p.bandwidth == null ? 125e6 : p.bandwidth.bytesPerSecond();
        repush = p.repushOnChange;
        rollbackAt = p.rollbackAt == null ? Double.POSITIVE_INFINITY : p.rollbackAt.seconds();
        pushed = new boolean[catalog.total];
        availableAt = new double[catalog.total];
        if (active) {
            select(model, d.hybrid == null ? new HybridSpec() : d.hybrid, p);
        }
        int count = 0;
        for (int o = 0; o < catalog.total; o++) {
            if (pushed[o]) {
                count++;
            }
        }
        verifiedAtInOrder = new double[count];
        bytesThrough = new long[count];
        long bytes = 0;
        int i = 0;
        for (int o = 0; o < catalog.total; o++) {
            if (pushed[o]) {
                bytes += catalog.size(o);
                availableAt[o] = start + bytes / bytesPerSecond;
                verifiedAtInOrder[i] = availableAt[o];
                bytesThrough[i++] = bytes;
            }
        }
        setBytes = bytes;
        setObjects = count;
    }

    private void select(DeliveryModel model, HybridSpec h, PushSpec p) {
        if (model == DeliveryModel.PUSH) {
            int c = p.contentClass == null ? -1 : catalog.classIndex(p.contentClass);
            for (int o = 0; o < catalog.total; o++) {
                pushed[o] = c < 0 || catalog.classOf(o) == c;
            }
            return;
        }
        if (h.contentClass != null) {
            int c = catalog.classIndex(h.contentClass);
            for (int o = 0; o < catalog.total; o++) {
                pushed[o] = catalog.classOf(o) == c;
            }
            return;
        }
        long head = h.topObjects(catalog.shared);
        for (int o = 0; o < head; o++) {
            pushed[o] = true;
        }
    }

    /** True when the object's pushed copy is verified at the targets at time t. */
    boolean available(int object, double t) {
        return active && pushed[object] && t >= availableAt[object];
    }

    boolean pushed(int object) {
        return active && pushed[object];
    }

    /** The version a target holds at time t. */
    int versionAt(int object, double t) {
        int v;
        if (repush) {
            double transfer = catalog.size(object) / bytesPerSecond;
            v = catalog.version(object, Math.max(start, t - transfer));
        } else {
            v = catalog.version(object, start);
        }
        return t >= rollbackAt ? Math.max(0, v - 1) : v;
    }

    /**
     * Share of the push set's objects whose copy is verified at every target at time t, 0..1. An object
     * counts once its last byte has arrived, so a half-sent object adds nothing. An empty set covers
     * nothing (0): a push that sends nothing has placed nothing.
     */
    double coverage(double t) {
        return !active || setObjects == 0 ? 0 : (double) verifiedObjects(t) / setObjects;
    }

    /** Bytes of the verified copies at one target at time t (the pinned bytes that are really there). */
    long verifiedBytes(double t) {
        int n = active ? verifiedObjects(t) : 0;
        return n == 0 ? 0 : bytesThrough[n - 1];
    }

    /** How many pushed objects are verified at time t: the verification times ascend in push order. */
    private int verifiedObjects(double t) {
        int lo = 0;
        int hi = verifiedAtInOrder.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (verifiedAtInOrder[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Bytes sent to one target up to time t, re-pushes of changed objects included. */
    long bytesPushedPerTarget(double t) {
        if (!active || t < start) {
            return 0;
        }
        return Math.min(setBytes, (long) ((t - start) * bytesPerSecond)) + bytesRepushedPerTarget(t);
    }

    /**
     * Bytes re-sent to one target up to time t because pushed objects changed at the origin after their
     * first copy arrived (0 without re-push on change): the steady part of publishing, as opposed to the
     * first publish, which is a one-off event.
     */
    long bytesRepushedPerTarget(double t) {
        if (!active || !repush || t < start) {
            return 0;
        }
        long bytes = 0;
        for (int o = 0; o < catalog.total; o++) {
            if (pushed[o] && availableAt[o] <= t) {
                bytes += (long) (catalog.version(o, t) - catalog.version(o, start)) * catalog.size(o);
            }
        }
        return bytes;
    }
}
