package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.UsersSpec;
import java.util.SplittableRandom;

/**
 * One Poisson arrival stream of a users node. The base stream follows the node's mean rate (swinging
 * with a diurnal profile, by thinning) and draws objects by Zipf popularity; the extra stream of a flash
 * crowd or launch runs only inside its window and asks for the viral object or the launch class.
 * Each stream has its own random generator, so every delivery model sees identical traffic.
 *
 * <p>Requests are drawn ahead in blocks of {@link #BLOCK}, in the order a one-at-a-time stream would draw
 * them (object, variant, time of the next request), so the traffic is the same to the last bit. Drawing a
 * block at once lets the processor look up many popularity-table and catalog entries in parallel instead
 * of waiting for each in turn, which is most of the cost of a request's start in a large catalog.
 */
final class UsersStream {

    static final int BLOCK = 64;

    final int users;
    private final SplittableRandom rng;
    private final boolean extra;
    private final double rate;
    private final double amplitude;
    private final double period;
    /** Added to the sine's angle so it peaks at the profile's peak time; 0 without one (the sine's own phase). */
    private final double phase;

    private final double from;
    private final double until;
    private final int fixedObject;
    private final int[] classObjects;
    private final Catalog catalog;

    /** times[k] is request k's time; times[k + 1] the following one's (infinity: none). */
    private final double[] times = new double[BLOCK + 1];

    private final int[] objects = new int[BLOCK];
    private final int[] variants = new int[BLOCK];
    private final long[] entries = new long[BLOCK];
    /** The current request's place in the block; BLOCK: the block is used up (or not drawn yet). */
    private int k = BLOCK;

    private boolean trackingOn;
    private double trackingFraction;
    private int trackingVariants = 1;

    private UsersStream(
            int users,
            long seed,
            boolean extra,
            double rate,
            double amplitude,
            double period,
            double phase,
            double from,
            double until,
            int fixedObject,
            int[] classObjects,
            Catalog catalog) {
        this.users = users;
        this.rng = new SplittableRandom(seed);
        this.extra = extra;
        this.rate = rate;
        this.amplitude = amplitude;
        this.period = period;
        this.phase = phase;
        this.from = from;
        this.until = until;
        this.fixedObject = fixedObject;
        this.classObjects = classObjects;
        this.catalog = catalog;
    }

    /** The base stream of a users node, or null when its rate is zero or the catalog has no shared objects. */
    static UsersStream base(int users, UsersSpec spec, Catalog catalog, long seed) {
        double r = spec.rate == null ? 0 : spec.rate.perSecond();
        if (r <= 0 || catalog.shared == 0) {
            return null;
        }
        ProfileSpec p = spec.profile == null ? new ProfileSpec() : spec.profile;
        boolean diurnal = "diurnal".equals(p.type);
        double amp = diurnal ? (p.amplitude == null ? 0.5 : p.amplitude) : 0;
        double period = p.period == null ? 86400 : p.period.seconds();
        // sin(2 pi t / period + phase) is highest where its angle is pi / 2: at the peak time when phase is this.
        double phase = diurnal && p.peak != null ? Math.PI / 2 - 2 * Math.PI * p.peak.seconds() / period : 0;
        return new UsersStream(
                users, seed, false, r, amp, period, phase, 0, Double.POSITIVE_INFINITY, -1, null, catalog);
    }

    /** The flash-crowd or launch stream of a users node, or null when its profile has none. */
    static UsersStream extra(int users, UsersSpec spec, Catalog catalog, long seed) {
        ProfileSpec p = spec.profile;
        if (p == null || p.at == null || !("flash".equals(p.type) || "launch".equals(p.type))) {
            return null;
        }
        double r = p.extraRate == null ? 10 * (spec.rate == null ? 1 : spec.rate.perSecond()) : p.extraRate.perSecond();
        double len = p.length == null ? 300 : p.length.seconds();
        if (r <= 0) {
            return null;
        }
        if ("flash".equals(p.type)) {
            int object = (int) Math.max(0, Math.min(catalog.total - 1, (p.object == null ? 1 : p.object) - 1));
            return new UsersStream(
                    users, seed, true, r, 0, 1, 0, p.at.seconds(), p.at.seconds() + len, object, null, catalog);
        }
        int c = catalog.classIndex(p.contentClass);
        if (c < 0 || catalog.members(c).length == 0) {
            return null;
        }
        return new UsersStream(
                users, seed, true, r, 0, 1, 0, p.at.seconds(), p.at.seconds() + len, -1, catalog.members(c), catalog);
    }

    /** Sets how tracking-parameter variants are drawn (the scenario's tracking settings). */
    void tracking(boolean on, double fraction, int variantCount) {
        this.trackingOn = on;
        this.trackingFraction = fraction;
        this.trackingVariants = variantCount;
    }

    /** Starts the stream: the time of its first request, or infinity when it has none. */
    double start() {
        times[BLOCK] = next(0);
        k = BLOCK;
        return times[BLOCK];
    }

    /** Makes the request at the current time the current one, drawing a new block when needed. */
    void take() {
        if (k == BLOCK) {
            drawBlock();
        }
    }

    /** The current request's object; {@link #take()} first. */
    int object() {
        return objects[k];
    }

    /** The current request's tracking variant (0: a clean URL). */
    int variant() {
        return variants[k];
    }

    /** The current request's packed catalog entry (size and class). */
    long entry() {
        return entries[k];
    }

    /** Finishes the current request; returns the time of the next one (infinity: the stream is over). */
    double advance() {
        return times[++k];
    }

    private void drawBlock() {
        times[0] = times[BLOCK];
        int n = 0;
        while (n < BLOCK) {
            objects[n] = pickObject();
            variants[n] = pickVariant(trackingOn, trackingFraction, trackingVariants);
            double t = next(times[n]);
            times[++n] = t;
            if (t == Double.POSITIVE_INFINITY) {
                break;
            }
        }
        // A second pass, so the catalog lookups of the block are independent and overlap.
        for (int i = 0; i < n; i++) {
            entries[i] = catalog.packed(objects[i]);
        }
        k = 0;
    }

    /** The time of the next request after {@code t}, or infinity when the stream is over. */
    double next(double t) {
        if (extra) {
            double s = Math.max(t, from) + exponential(rate);
            return s < until ? s : Double.POSITIVE_INFINITY;
        }
        double max = rate * (1 + amplitude);
        double s = t;
        while (true) {
            s += exponential(max);
            if (amplitude == 0
                    || rng.nextDouble() * max <= rate * (1 + amplitude * Math.sin(2 * Math.PI * s / period + phase))) {
                return s;
            }
        }
    }

    private double exponential(double r) {
        return -Math.log(1 - rng.nextDouble()) / r;
    }

    /** The object the next request asks for. */
    private int pickObject() {
        if (fixedObject >= 0) {
            return fixedObject;
        }
        if (classObjects != null) {
            return classObjects[rng.nextInt(classObjects.length)];
        }
        return catalog.zipf.sample(rng);
    }

    /** The tracking-parameter variant of a request: 0 for a clean URL, 1..variants otherwise. */
    private int pickVariant(boolean tracking, double fraction, int variants) {
        double u = rng.nextDouble();
        int v = 1 + rng.nextInt(Math.max(1, variants));
        return tracking && u < fraction ? v : 0;
    }
}
