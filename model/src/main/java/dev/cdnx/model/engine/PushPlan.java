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
        long bytes = 0;
        int count = 0;
        for (int o = 0; o < catalog.total; o++) {
            if (pushed[o]) {
                bytes += catalog.size(o);
                count++;
                availableAt[o] = start + bytes / bytesPerSecond;
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
        long head = h.headObjects != null ? h.headObjects
                : h.headPercent != null ? Math.round(catalog.shared * h.headPercent / 100.0) : 0;
        for (int o = 0; o < Math.min(head, catalog.shared); o++) {
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

    /** Share of the pushed bytes verified at every target at time t, 0..1 (1 when nothing is pushed). */
    double coverage(double t) {
        if (!active || setBytes == 0) {
            return active ? 1 : 0;
        }
        if (t < start) {
            return 0;
        }
        return Math.min(1.0, (t - start) * bytesPerSecond / setBytes);
    }

    /** Bytes sent to one target up to time t, re-pushes of changed objects included. */
    long bytesPushedPerTarget(double t) {
        if (!active || t < start) {
            return 0;
        }
        long bytes = Math.min(setBytes, (long) ((t - start) * bytesPerSecond));
        if (repush) {
            for (int o = 0; o < catalog.total; o++) {
                if (pushed[o] && availableAt[o] <= t) {
                    bytes += (long) (catalog.version(o, t) - catalog.version(o, start)) * catalog.size(o);
                }
            }
        }
        return bytes;
    }
}
