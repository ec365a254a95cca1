package dev.cdnx.app.run;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The requests in flight as the display sees them, on the FX thread: moving dots (a hop from one node to
 * another between its simulated depart and arrive times), dots parked at a node (a coalesced request
 * waiting for the one fetch, a request queued at the origin) and flashes (a miss, an error). Plain data in
 * primitive columns, no nodes: {@link RunOverlay} paints {@link #visible} positions every frame.
 */
final class DotField {

    private static final long FLASH_NANOS = 450_000_000L;
    /** Above this many moving dots the display switches to flow bands; below {@link #DOTS_AGAIN} back to dots. */
    static final int AGGREGATE_ABOVE = 2_000;

    static final int DOTS_AGAIN = 1_600;
    /** How much of its hop a miss's trail covers behind it. */
    static final float TRAIL = 0.45f;

    private RunGeometry geo;

    // moving dots
    private int n;
    private float[] x0 = new float[1024];
    private float[] y0 = new float[1024];
    private float[] x1 = new float[1024];
    private float[] y1 = new float[1024];
    private double[] dep = new double[1024];
    private double[] arr = new double[1024];
    private byte[] cls = new byte[1024];
    private long[] trace = new long[1024];
    private float[] len = new float[1024];
    private int[] link = new int[1024];
    /** Link index by node pair ({@code from * size + to}, both directions). */
    private final Map<Long, Integer> linkOf = new HashMap<>();

    private final Map<Long, Parked> parked = new HashMap<>();
    private final ArrayDeque<double[]> pendingFlashes = new ArrayDeque<>();

    // output of advance(): positions in world coordinates
    int visible;
    float[] px = new float[1024];
    float[] py = new float[1024];
    byte[] pcls = new byte[1024];
    long[] ptrace = new long[1024];
    /** For a miss: where its trail starts (world coordinates); other classes leave these unset. */
    float[] tx = new float[1024];

    float[] ty = new float[1024];

    /**
     * The node discs' radius in world units at the current zoom: dots are not drawn over a disc (its icon
     * stays readable) and parked dots wait just outside it. Set by the overlay before each advance.
     */
    float discRadius = 15;
    /** The switch to flow bands; the dot benchmark raises it to measure 10,000 dots drawn one by one. */
    int aggregateAbove = AGGREGATE_ABOVE;
    /** Many dots: the moving ones are shown per link and class ({@link #bandCount}) instead of placed. */
    boolean aggregated;
    /** Moving dots under way at the last advance (drawn or counted into bands). */
    int moving;
    /** Per link and class: moving dots under way on the link at the last advance. */
    int[] bandCount = new int[0];
    /** The per-link totals, kept as hops start and end. */
    private final FlowTotals flows = new FlowTotals();
    /** Stored moving dots between nodes with no link: while any is stored, every dot is visited per frame. */
    private int unlinked;
    /** Where the next partial sweep for landed dots starts (while aggregated, dots are not visited each frame). */
    private int sweepFrom;
    /**
     * Moving dots under way at the last advance but not drawn because they are still inside a node's disc:
     * a users node drawn on top of its edge has every hop between them there, so a run whose requests all
     * hit at the edge can serve a thousand a second and have none to draw (the HUD says so).
     */
    int hidden;
    /** Dots looked at by the last advance (a work count for tests). */
    int visited;
    /** The display time of the last advance. */
    private double shownTime = Double.NEGATIVE_INFINITY;

    // active flashes: node, class, wall start
    int flashes;
    int[] flashNode = new int[256];
    byte[] flashCls = new byte[256];
    long[] flashStart = new long[256];

    private static final class Parked {
        final int node;
        final byte cls;
        final double from;
        double until = Double.POSITIVE_INFINITY;

        Parked(int node, byte cls, double from) {
            this.node = node;
            this.cls = cls;
            this.from = from;
        }
    }

    void reset(RunGeometry g) {
        geo = g;
        n = 0;
        visible = 0;
        flashes = 0;
        parked.clear();
        pendingFlashes.clear();
        aggregated = false;
        linkOf.clear();
        for (int l = 0; l < g.links(); l++) {
            linkOf.put((long) g.linkFrom[l] * g.size() + g.linkTo[l], l);
            linkOf.put((long) g.linkTo[l] * g.size() + g.linkFrom[l], l);
        }
        flows.reset(g.links());
        bandCount = flows.bandCount;
        moving = 0;
        unlinked = 0;
        sweepFrom = 0;
        shownTime = Double.NEGATIVE_INFINITY;
    }

    /** Dots known: moving (drawn or about to be) and parked. */
    int live() {
        return n + parked.size();
    }

    void add(HopBatch b) {
        for (int i = 0; i < b.size; i++) {
            long id = b.trace[i];
            Parked p = parked.get(id);
            if (p != null && p.until == Double.POSITIVE_INFINITY && b.flag[i] != HopBatch.FLASH) {
                p.until = Math.max(p.from, b.depart[i]);
            }
            switch (b.flag[i]) {
                case HopBatch.MOVE -> addMove(b.from[i], b.to[i], b.depart[i], b.arrive[i], b.cls[i], id);
                case HopBatch.PARK -> parked.put(id, new Parked(b.from[i], b.cls[i], b.depart[i]));
                case HopBatch.FLASH -> pendingFlashes.add(new double[] {b.depart[i], b.from[i], b.cls[i]});
                case HopBatch.END -> {
                    if (b.cls[i] == DotClass.ERROR) {
                        pendingFlashes.add(new double[] {b.depart[i], b.from[i], b.cls[i]});
                    }
                }
                default -> {}
            }
        }
    }

    /** Adds one moving dot directly (the benchmark feeds dots this way). */
    void addMove(int from, int to, double depart, double arrive, byte c, long id) {
        if (n == x0.length) {
            grow();
        }
        x0[n] = geo.x[from];
        y0[n] = geo.y[from];
        x1[n] = geo.x[to];
        y1[n] = geo.y[to];
        dep[n] = depart;
        arr[n] = Math.max(arrive, depart + 1e-9);
        cls[n] = c;
        trace[n] = id;
        float dx = x1[n] - x0[n];
        float dy = y1[n] - y0[n];
        len[n] = (float) Math.sqrt(dx * dx + dy * dy);
        Integer l = linkOf.get((long) from * geo.size() + to);
        link[n] = l == null ? -1 : l;
        if (l == null) {
            unlinked++;
        }
        flows.add(link[n], c, dep[n], arr[n]);
        n++;
    }

    /** Moves everything to display time {@code t}: drops what has arrived, places what is under way. */
    void advance(double t, long wallNanos) {
        ensureOut(n + parked.size());
        if (t < shownTime) {
            // The shown time only goes back with a reset; should it ever, the totals are rebuilt from the dots.
            recountFlows();
        }
        shownTime = t;
        flows.advanceTo(t);
        int out = 0;
        hidden = 0;
        if (aggregated && unlinked == 0) {
            // Every moving dot is in a band, whose totals are already known: only sweep part of the dots for
            // landed ones, so the columns do not grow without end.
            sweepLanded(t);
        } else {
            out = place(t);
        }
        int under = flows.moving;
        moving = under;
        // Hysteresis, so a count hovering around the limit does not flip the picture every frame.
        aggregated = aggregated ? under > (long) aggregateAbove * DOTS_AGAIN / AGGREGATE_ABOVE : under > aggregateAbove;
        visible = placeParked(t, out);
        advanceFlashes(t, wallNanos);
    }

    private void recountFlows() {
        flows.reset(geo.links());
        bandCount = flows.bandCount;
        for (int i = 0; i < n; i++) {
            flows.add(link[i], cls[i], dep[i], arr[i]);
        }
    }

    /** Drops the landed dots among the next eighth of the columns (at least 4,096 of them). */
    private void sweepLanded(double t) {
        int chunk = Math.max(4_096, n / 8);
        if (sweepFrom >= n) {
            sweepFrom = 0;
        }
        int i = sweepFrom;
        int end = Math.min(n, sweepFrom + chunk);
        while (i < end && i < n) {
            if (arr[i] <= t) {
                removeAt(i);
                end = Math.min(end, n);
                continue;
            }
            i++;
        }
        visited = end - sweepFrom;
        sweepFrom = i;
    }

    /** Drops the landed dots and places the others (unlinked ones only, while aggregated); returns how many. */
    private int place(double t) {
        int out = 0;
        int i = 0;
        visited = n;
        while (i < n) {
            if (arr[i] <= t) {
                removeAt(i);
                continue;
            }
            double d = dep[i];
            if (d <= t) {
                float f = (float) ((t - d) / (arr[i] - d));
                if (aggregated && link[i] >= 0) {
                    i++;
                    continue;
                }
                if (f * len[i] > discRadius && (1 - f) * len[i] > discRadius) {
                    px[out] = x0[i] + (x1[i] - x0[i]) * f;
                    py[out] = y0[i] + (y1[i] - y0[i]) * f;
                    pcls[out] = cls[i];
                    ptrace[out] = trace[i];
                    if (cls[i] == DotClass.MISS) {
                        // the trail starts at the disc's rim at the earliest, never on the icon
                        float tail = Math.max(discRadius / Math.max(len[i], 1e-3f), f - TRAIL);
                        tx[out] = x0[i] + (x1[i] - x0[i]) * tail;
                        ty[out] = y0[i] + (y1[i] - y0[i]) * tail;
                    }
                    out++;
                } else {
                    hidden++;
                }
            }
            i++;
        }
        return out;
    }

    private int placeParked(double t, int out) {
        for (Iterator<Map.Entry<Long, Parked>> it = parked.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Parked> e = it.next();
            Parked p = e.getValue();
            if (p.until <= t) {
                it.remove();
            } else if (p.from <= t) {
                long id = e.getKey();
                double a = (id * 0.618033988749895 % 1.0) * 2 * Math.PI;
                double r = discRadius * (1.2 + 0.06 * (id % 5));
                px[out] = (float) (geo.x[p.node] + r * Math.cos(a));
                py[out] = (float) (geo.y[p.node] + r * Math.sin(a));
                pcls[out] = p.cls;
                ptrace[out] = id;
                out++;
            }
        }
        return out;
    }

    private void advanceFlashes(double t, long wall) {
        int k = 0;
        for (int j = 0; j < flashes; j++) {
            if (wall - flashStart[j] < FLASH_NANOS) {
                flashNode[k] = flashNode[j];
                flashCls[k] = flashCls[j];
                flashStart[k] = flashStart[j];
                k++;
            }
        }
        flashes = k;
        while (!pendingFlashes.isEmpty() && pendingFlashes.peek()[0] <= t) {
            double[] f = pendingFlashes.poll();
            if (flashes < flashNode.length) {
                flashNode[flashes] = (int) f[1];
                flashCls[flashes] = (byte) f[2];
                flashStart[flashes] = wall;
                flashes++;
            }
        }
        if (pendingFlashes.size() > 50_000) {
            pendingFlashes.clear();
        }
    }

    /** How far a flash has got, 0 to 1. */
    double flashAge(int j, long wall) {
        return (wall - flashStart[j]) / (double) FLASH_NANOS;
    }

    /** The trace of the drawn dot nearest to a world point within {@code radius}, or -1. */
    long pick(double wx, double wy, double radius) {
        long best = -1;
        double bestD = radius * radius;
        for (int j = 0; j < visible; j++) {
            double dx = px[j] - wx;
            double dy = py[j] - wy;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = ptrace[j];
            }
        }
        return best;
    }

    private void removeAt(int i) {
        if (link[i] < 0) {
            unlinked--;
        }
        int last = --n;
        x0[i] = x0[last];
        y0[i] = y0[last];
        x1[i] = x1[last];
        y1[i] = y1[last];
        dep[i] = dep[last];
        arr[i] = arr[last];
        cls[i] = cls[last];
        trace[i] = trace[last];
        len[i] = len[last];
        link[i] = link[last];
    }

    private void grow() {
        int m = x0.length * 2;
        x0 = java.util.Arrays.copyOf(x0, m);
        y0 = java.util.Arrays.copyOf(y0, m);
        x1 = java.util.Arrays.copyOf(x1, m);
        y1 = java.util.Arrays.copyOf(y1, m);
        dep = java.util.Arrays.copyOf(dep, m);
        arr = java.util.Arrays.copyOf(arr, m);
        cls = java.util.Arrays.copyOf(cls, m);
        trace = java.util.Arrays.copyOf(trace, m);
        len = java.util.Arrays.copyOf(len, m);
        link = java.util.Arrays.copyOf(link, m);
    }

    private void ensureOut(int m) {
        if (px.length < m) {
            int k = Math.max(m, px.length * 2);
            px = new float[k];
            py = new float[k];
            pcls = new byte[k];
            ptrace = new long[k];
            tx = new float[k];
            ty = new float[k];
        }
    }
}
