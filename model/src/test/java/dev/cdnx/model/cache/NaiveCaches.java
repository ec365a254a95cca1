package dev.cdnx.model.cache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deliberately plain reference caches written from the rules (libCacheSim's semantics) with java.util
 * collections, slow but easy to read. They share no code with the real policies and cross-check them.
 */
final class NaiveCaches {

    /** One request: true for a hit. */
    interface Naive {
        boolean get(long id, long size);
    }

    /** The policies this class has a naive version of. */
    static final List<String> POLICIES = List.of("lru", "fifo", "lfu", "clock", "sieve", "s3fifo");

    private NaiveCaches() {}

    static Naive create(String policy, long capacity) {
        return switch (policy) {
            case "lru" -> new Ordered(capacity, true);
            case "fifo" -> new Ordered(capacity, false);
            case "lfu" -> new Lfu(capacity);
            case "clock" -> new Clock(capacity);
            case "sieve" -> new Sieve(capacity);
            case "s3fifo" -> new S3Fifo(capacity);
            default -> throw new IllegalArgumentException(policy);
        };
    }

    /** LRU (access order) or FIFO (insertion order) on a LinkedHashMap. */
    static final class Ordered implements Naive {
        final long cap;
        final LinkedHashMap<Long, Long> map;
        long used;

        Ordered(long cap, boolean accessOrder) {
            this.cap = cap;
            this.map = new LinkedHashMap<>(16, 0.75f, accessOrder);
        }

        @Override
        public boolean get(long id, long size) {
            if (map.get(id) != null) {
                return true;
            }
            if (size > cap) {
                return false;
            }
            Iterator<Map.Entry<Long, Long>> it = map.entrySet().iterator();
            while (used + size > cap) {
                used -= it.next().getValue();
                it.remove();
            }
            map.put(id, size);
            used += size;
            return false;
        }
    }

    /** LFU: a sorted set of (frequency, when it reached that frequency). */
    static final class Lfu implements Naive {
        final long cap;
        final Map<Long, long[]> entries = new HashMap<>(); // freq, seq, size, id
        final TreeSet<long[]> order =
                new TreeSet<>(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        long used;
        long seq;

        Lfu(long cap) {
            this.cap = cap;
        }

        @Override
        public boolean get(long id, long size) {
            long[] e = entries.get(id);
            if (e != null) {
                order.remove(e);
                e[0]++;
                e[1] = seq++;
                order.add(e);
                return true;
            }
            if (size > cap) {
                return false;
            }
            while (used + size > cap) {
                long[] victim = order.pollFirst();
                entries.remove(victim[3]);
                used -= victim[2];
            }
            long[] n = {1, seq++, size, id};
            entries.put(id, n);
            order.add(n);
            used += size;
            return false;
        }
    }

    /** CLOCK: insertion-ordered map whose values are the reference bits; a second chance re-puts at the end. */
    static final class Clock implements Naive {
        final long cap;
        final LinkedHashMap<Long, Boolean> ref = new LinkedHashMap<>();
        final Map<Long, Long> sizes = new HashMap<>();
        long used;

        Clock(long cap) {
            this.cap = cap;
        }

        @Override
        public boolean get(long id, long size) {
            if (ref.containsKey(id)) {
                ref.put(id, true); // put on an existing key keeps its position
                return true;
            }
            if (size > cap) {
                return false;
            }
            while (used + size > cap) {
                Map.Entry<Long, Boolean> oldest = ref.entrySet().iterator().next();
                long k = oldest.getKey();
                ref.remove(k);
                if (oldest.getValue()) {
                    ref.put(k, false);
                } else {
                    used -= sizes.remove(k);
                }
            }
            ref.put(id, false);
            sizes.put(id, size);
            used += size;
            return false;
        }
    }

    /** SIEVE on an array list from oldest (index 0) to newest, with the hand as an index. */
    static final class Sieve implements Naive {
        final long cap;
        final List<Long> list = new ArrayList<>();
        final Map<Long, Long> sizes = new HashMap<>();
        final Set<Long> visited = new HashSet<>();
        int hand = -1;
        long used;

        Sieve(long cap) {
            this.cap = cap;
        }

        @Override
        public boolean get(long id, long size) {
            if (sizes.containsKey(id)) {
                visited.add(id);
                return true;
            }
            if (size > cap) {
                return false;
            }
            while (used + size > cap) {
                int h = hand < 0 ? 0 : hand;
                while (visited.remove(list.get(h))) {
                    h = h + 1 == list.size() ? 0 : h + 1;
                }
                long victim = list.remove(h);
                used -= sizes.remove(victim);
                hand = h == list.size() ? -1 : h;
            }
            list.add(id);
            sizes.put(id, size);
            used += size;
            return false;
        }
    }

    /** S3-FIFO with three insertion-ordered maps (small, main, ghost) and a frequency map. */
    static final class S3Fifo implements Naive {
        final long cap;
        final long smallCap;
        final long mainCap;
        final long ghostCap;
        final LinkedHashMap<Long, Long> small = new LinkedHashMap<>();
        final LinkedHashMap<Long, Long> main = new LinkedHashMap<>();
        final LinkedHashMap<Long, Long> ghost = new LinkedHashMap<>();
        final Map<Long, Integer> freq = new HashMap<>();
        long smallBytes;
        long mainBytes;
        long ghostBytes;

        S3Fifo(long cap) {
            this.cap = cap;
            this.smallCap = (long) (cap * 0.1);
            this.mainCap = cap - smallCap;
            this.ghostCap = (long) (cap * 0.9);
        }

        @Override
        public boolean get(long id, long size) {
            if (small.containsKey(id)) {
                freq.merge(id, 1, Integer::sum);
                return true;
            }
            Long g = ghost.remove(id);
            boolean ghostHit = g != null;
            if (ghostHit) {
                ghostBytes -= g;
            }
            if (main.containsKey(id)) {
                freq.merge(id, 1, Integer::sum);
                return true;
            }
            if (size > smallCap || size > cap) {
                return false;
            }
            while (smallBytes + mainBytes + size > cap) {
                evict();
            }
            if (!ghostHit && size >= smallCap) {
                return false; // libCacheSim's small queue refuses its own size, after the evictions
            }
            if (ghostHit) {
                main.put(id, size);
                mainBytes += size;
            } else {
                small.put(id, size);
                smallBytes += size;
            }
            freq.put(id, 0);
            return false;
        }

        private void evict() {
            if (mainBytes > mainCap || smallBytes == 0) {
                while (!main.isEmpty()) {
                    Map.Entry<Long, Long> e = main.entrySet().iterator().next();
                    long k = e.getKey();
                    long s = e.getValue();
                    main.remove(k);
                    int f = freq.get(k);
                    if (f >= 1) {
                        main.put(k, s);
                        freq.put(k, Math.min(f, 3) - 1);
                    } else {
                        mainBytes -= s;
                        freq.remove(k);
                        return;
                    }
                }
            } else {
                while (!small.isEmpty()) {
                    Map.Entry<Long, Long> e = small.entrySet().iterator().next();
                    long k = e.getKey();
                    long s = e.getValue();
                    small.remove(k);
                    smallBytes -= s;
                    if (freq.get(k) >= 2) {
                        main.put(k, s);
                        mainBytes += s;
                        freq.put(k, 0);
                    } else {
                        freq.remove(k);
                        remember(k, s);
                        return;
                    }
                }
            }
        }

        private void remember(long k, long s) {
            if (ghostCap <= 0 || ghost.containsKey(k) || s > ghostCap) {
                return;
            }
            Iterator<Map.Entry<Long, Long>> it = ghost.entrySet().iterator();
            while (ghostBytes + s > ghostCap) {
                ghostBytes -= it.next().getValue();
                it.remove();
            }
            ghost.put(k, s);
            ghostBytes += s;
        }
    }
}
