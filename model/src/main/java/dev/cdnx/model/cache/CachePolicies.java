package dev.cdnx.model.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The eviction policies by name, so scenario files and the command line can select them. Names are
 * case-insensitive and ignore {@code -} and {@code _} ("S3-FIFO", "s3_fifo" and "s3fifo" are one
 * policy). An unknown name gives an {@link IllegalArgumentException} whose message lists the known ones.
 */
public final class CachePolicies {

    private static final Map<String, LongFunction<ObjectCache>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("lru", capacity -> new LruCache(capacity));
        FACTORIES.put("fifo", capacity -> new FifoCache(capacity));
        FACTORIES.put("lfu", capacity -> new LfuCache(capacity));
        FACTORIES.put("clock", capacity -> new ClockCache(capacity));
        FACTORIES.put("sieve", capacity -> new SieveCache(capacity));
        FACTORIES.put("s3fifo", capacity -> new S3FifoCache(capacity));
        FACTORIES.put("arc", capacity -> new ArcCache(capacity));
        FACTORIES.put("wtinylfu", capacity -> new WTinyLfuCache(capacity));
        FACTORIES.put("gdsf", capacity -> new GdsfCache(capacity));
        FACTORIES.put("lfuda", capacity -> new LfudaCache(capacity));
    }

    private CachePolicies() {}

    /** The canonical policy names, in registration order. */
    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(FACTORIES.keySet()));
    }

    /** Whether {@code name} selects a policy. */
    public static boolean isKnown(String name) {
        return name != null && FACTORIES.containsKey(canonical(name));
    }

    /**
     * A new empty cache of the named policy.
     *
     * @throws IllegalArgumentException for an unknown name or a negative capacity
     */
    public static ObjectCache create(String name, long capacityBytes) {
        LongFunction<ObjectCache> factory = name == null ? null : FACTORIES.get(canonical(name));
        if (factory == null) {
            throw new IllegalArgumentException("unknown cache policy '" + name + "'; known policies: "
                    + String.join(", ", FACTORIES.keySet()) + " (s3-fifo is accepted for s3fifo)");
        }
        return factory.apply(capacityBytes);
    }

    private static String canonical(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
