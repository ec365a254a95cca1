package dev.cdnx.model.traffic;

import dev.cdnx.model.cache.LongIntIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums up requests as they stream past into a {@link Workload}. Per distinct object it keeps a request
 * count, the largest size seen and the class (about 30 bytes an object); everything else is a fixed
 * number of counters, so memory grows with the catalog, never with the number of lines.
 */
public final class WorkloadBuilder {

    private final LongIntIndex index = new LongIntIndex(1 << 16);
    private int[] counts = new int[1 << 16];
    private long[] sizes = new long[1 << 16];
    private byte[] classOf = new byte[1 << 16];
    private int objects;
    private final Tally[] byClass = new Tally[ContentClasses.ALL.size()];
    private final Map<String, Tally> byRegion = new HashMap<>();
    private final Map<String, String> regionOfEdge = new HashMap<>();
    private final Map<String, long[]> edgeRequests = new HashMap<>();
    private final Tally total = new Tally();
    private final long[] hours = new long[24];
    private double first = Double.POSITIVE_INFINITY;
    private double last = Double.NEGATIVE_INFINITY;

    /** Requests, bytes, and hits among those with a known cache status. */
    private static final class Tally {
        long requests;
        long bytes;
        long known;
        long knownBytes;
        long hits;
        long hitBytes;

        void add(LogRecord r) {
            requests++;
            bytes += r.bytes;
            if (r.cache != LogRecord.CACHE_UNKNOWN) {
                known++;
                knownBytes += r.bytes;
                if (r.cache == LogRecord.CACHE_HIT) {
                    hits++;
                    hitBytes += r.bytes;
                }
            }
        }

        Double hitRatio() {
            return known == 0 ? null : (double) hits / known;
        }

        Double byteHitRatio() {
            return known == 0 ? null : knownBytes == 0 ? 0.0 : (double) hitBytes / knownBytes;
        }
    }

    public WorkloadBuilder() {
        for (int i = 0; i < byClass.length; i++) {
            byClass[i] = new Tally();
        }
    }

    /** The index of a request's object in the catalog, adding it on its first request. */
    public int add(LogRecord r) {
        int c = classIndex(r.contentClass);
        int o = index.get(r.key);
        if (o < 0) {
            o = objects++;
            if (o == counts.length) {
                int n = counts.length * 2;
                counts = Arrays.copyOf(counts, n);
                sizes = Arrays.copyOf(sizes, n);
                classOf = Arrays.copyOf(classOf, n);
            }
            index.put(r.key, o);
            classOf[o] = (byte) c;
        }
        counts[o]++;
        if (r.bytes > sizes[o]) {
            sizes[o] = r.bytes;
        }
        total.add(r);
        byClass[classOf[o]].add(r);
        byRegion.computeIfAbsent(region(r), k -> new Tally()).add(r);
        if (r.edge != null) {
            edgeRequests.computeIfAbsent(r.edge, k -> new long[1])[0]++;
        }
        if (!Double.isNaN(r.time)) {
            first = Math.min(first, r.time);
            last = Math.max(last, r.time);
            long s = (long) Math.floor(r.time);
            hours[(int) Math.floorMod(s, 86400L) / 3600]++;
        }
        return o;
    }

    /** The request's region; edge codes are looked up once each. */
    String region(LogRecord r) {
        return region(r.edge, r.country);
    }

    private String region(String edge, String country) {
        if (edge != null) {
            String byEdge = regionOfEdge.computeIfAbsent(edge, Regions::ofEdge);
            if (!byEdge.equals(Regions.UNKNOWN)) {
                return byEdge;
            }
        }
        return country == null ? Regions.UNKNOWN : Regions.ofCountry(country);
    }

    private static int classIndex(String name) {
        int i = name == null ? -1 : ContentClasses.ALL.indexOf(name);
        return i < 0 ? ContentClasses.ALL.size() - 1 : i;
    }

    /** Distinct objects so far. */
    public int objects() {
        return objects;
    }

    /** The largest size seen of object {@code o} (at least 1). */
    public long size(int o) {
        return Math.max(1, sizes[o]);
    }

    /** The class index (into {@link ContentClasses#ALL}) of object {@code o}. */
    public int classOf(int o) {
        return classOf[o];
    }

    /** The workload of everything added so far. */
    public Workload build() {
        Workload w = new Workload();
        w.requests = total.requests;
        w.bytes = total.bytes;
        w.objects = objects;
        w.logHitRatio = total.hitRatio();
        w.logByteHitRatio = total.byteHitRatio();
        if (first <= last) {
            w.start = first;
            w.end = last;
            long timed = Arrays.stream(hours).sum();
            for (int h = 0; h < 24; h++) {
                w.hourly[h] = timed == 0 ? 0 : (double) hours[h] / timed;
            }
        }
        int[] sorted = Arrays.copyOf(counts, objects);
        Arrays.sort(sorted);
        reverse(sorted);
        w.zipfAlpha = Math.round(ZipfFit.alpha(sorted) * 10000) / 10000.0;
        w.rankFrequency = rankFrequency(sorted);
        classes(w);
        for (Map.Entry<String, Tally> e : byRegion.entrySet()) {
            Workload.RegionStats r = new Workload.RegionStats();
            r.region = e.getKey();
            r.requests = e.getValue().requests;
            r.bytes = e.getValue().bytes;
            r.logHitRatio = e.getValue().hitRatio();
            r.logByteHitRatio = e.getValue().byteHitRatio();
            for (Map.Entry<String, long[]> edge : edgeRequests.entrySet()) {
                if (region(edge.getKey(), null).equals(e.getKey())) {
                    r.edges.put(edge.getKey(), edge.getValue()[0]);
                }
            }
            w.regions.add(r);
        }
        w.regions.sort((a, b) -> Long.compare(b.requests, a.requests));
        return w;
    }

    private void classes(Workload w) {
        int n = ContentClasses.ALL.size();
        long[] objs = new long[n];
        double[] sum = new double[n];
        double[] logSum = new double[n];
        double[] logSq = new double[n];
        long unique = 0;
        for (int o = 0; o < objects; o++) {
            long s = size(o);
            unique += s;
            int c = classOf[o];
            objs[c]++;
            sum[c] += s;
            double l = Math.log((double) s);
            logSum[c] += l;
            logSq[c] += l * l;
        }
        w.uniqueBytes = unique;
        for (int c = 0; c < n; c++) {
            if (objs[c] == 0) {
                continue;
            }
            Workload.ClassStats s = new Workload.ClassStats();
            s.name = ContentClasses.ALL.get(c);
            s.objects = objs[c];
            s.requests = byClass[c].requests;
            s.bytes = byClass[c].bytes;
            s.meanSize = Math.round(sum[c] / objs[c]);
            double mean = logSum[c] / objs[c];
            s.sizeSigma = Math.round(Math.sqrt(Math.max(0, logSq[c] / objs[c] - mean * mean)) * 1000) / 1000.0;
            s.logHitRatio = byClass[c].hitRatio();
            s.logByteHitRatio = byClass[c].byteHitRatio();
            w.classes.add(s);
        }
    }

    /** Points at ranks 1..10, then every 25% further out, and the last rank. */
    static List<long[]> rankFrequency(int[] descending) {
        List<long[]> points = new ArrayList<>();
        long rank = 1;
        while (rank <= descending.length) {
            points.add(new long[] {rank, descending[(int) rank - 1]});
            rank = rank < 10 ? rank + 1 : Math.max(rank + 1, (long) Math.ceil(rank * 1.25));
        }
        if (descending.length > 0 && points.get(points.size() - 1)[0] != descending.length) {
            points.add(new long[] {descending.length, descending[descending.length - 1]});
        }
        return points;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
