package dev.cdnx.model.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The stored responses of one cache, by key, with several variants per key when responses carry
 * {@code Vary}. Unbounded: byte capacity and eviction belong to the simulation's cache policies; this
 * store only answers "which stored response serves this request". Selection returns the most recently
 * stored variant whose Vary fields match; none when no variant matches. Not thread-safe.
 */
public final class ResponseStore {

    private final Map<String, List<StoredResponse>> byKey = new LinkedHashMap<>();

    /** The newest variant under {@code key} that {@code requestHeaders} selects, or null. */
    public StoredResponse select(String key, HttpHeaders requestHeaders) {
        List<StoredResponse> variants = byKey.get(key);
        if (variants == null) {
            return null;
        }
        for (int i = variants.size() - 1; i >= 0; i--) {
            StoredResponse s = variants.get(i);
            if (HeaderRules.varyMatches(s.headers(), s.requestHeaders(), requestHeaders)) {
                return s;
            }
        }
        return null;
    }

    /** Stores {@code response}, replacing variants under its key that its own request would select. */
    public void put(StoredResponse response) {
        List<StoredResponse> variants = byKey.computeIfAbsent(response.key(), k -> new ArrayList<>());
        variants.removeIf(s -> HeaderRules.varyMatches(s.headers(), s.requestHeaders(), response.requestHeaders()));
        variants.add(response);
    }

    /** Removes every variant under {@code key}; returns how many were removed. */
    public int removeKey(String key) {
        List<StoredResponse> removed = byKey.remove(key);
        return removed == null ? 0 : removed.size();
    }

    /** Removes every stored response that {@code test} accepts; returns how many. */
    public int removeIf(Predicate<StoredResponse> test) {
        int count = 0;
        Iterator<Map.Entry<String, List<StoredResponse>>> it = byKey.entrySet().iterator();
        while (it.hasNext()) {
            List<StoredResponse> variants = it.next().getValue();
            int before = variants.size();
            variants.removeIf(test);
            count += before - variants.size();
            if (variants.isEmpty()) {
                it.remove();
            }
        }
        return count;
    }

    /** Number of stored responses (all variants of all keys). */
    public int size() {
        return byKey.values().stream().mapToInt(List::size).sum();
    }
}
