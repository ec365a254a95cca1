package dev.cdnx.model.engine;

import dev.cdnx.model.cache.EvictionListener;
import dev.cdnx.model.cache.ObjectCache;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Interim LRU until the caches branch lands. */
final class InterimCaches {
    private InterimCaches() {
    }

    static ObjectCache create(String policy, long capacity) {
        return new Lru(capacity);
    }

    static final class Lru implements ObjectCache {
        private final long capacity;
        private long used;
        private final LinkedHashMap<Long, Integer> order = new LinkedHashMap<>(16, 0.75f, true);
        private final Map<Integer, long[]> slots = new HashMap<>();
        private final Map<Long, Integer> index = new HashMap<>();
        private final ArrayDeque<Integer> free = new ArrayDeque<>();
        private int next;
        private EvictionListener listener;

        Lru(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public int find(long key, boolean touch) {
            Integer s = touch ? order.get(key) : index.get(key);
            return s == null ? NOT_FOUND : s;
        }

        @Override
        public int insert(long key, long size) {
            if (size > capacity) {
                return NOT_FOUND;
            }
            while (used + size > capacity) {
                Map.Entry<Long, Integer> e = order.entrySet().iterator().next();
                long[] kv = slots.get(e.getValue());
                if (listener != null) {
                    listener.evicted(kv[0], e.getValue(), kv[1]);
                }
                removeSlot(e.getKey(), e.getValue());
            }
            int slot = free.isEmpty() ? next++ : free.pop();
            slots.put(slot, new long[] {key, size});
            order.put(key, slot);
            index.put(key, slot);
            used += size;
            return slot;
        }

        private void removeSlot(long key, int slot) {
            long[] kv = slots.remove(slot);
            order.remove(key);
            index.remove(key);
            used -= kv[1];
            free.push(slot);
        }

        @Override
        public boolean remove(long key) {
            Integer s = order.get(key);
            if (s == null) {
                return false;
            }
            removeSlot(key, s);
            return true;
        }

        @Override
        public long keyAt(int slot) {
            return slots.get(slot)[0];
        }

        @Override
        public long sizeAt(int slot) {
            return slots.get(slot)[1];
        }

        @Override
        public long usedBytes() {
            return used;
        }

        @Override
        public long capacityBytes() {
            return capacity;
        }

        @Override
        public int objectCount() {
            return order.size();
        }

        @Override
        public int slotLimit() {
            return next;
        }

        @Override
        public void setEvictionListener(EvictionListener l) {
            listener = l;
        }

        @Override
        public String policyName() {
            return "lru";
        }
    }
}
