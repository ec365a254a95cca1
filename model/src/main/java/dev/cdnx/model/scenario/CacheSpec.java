package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.SimDuration;

/**
 * The cache of an edge or shield. {@link #ttl}, {@link #ttlJitter} and {@link #coalescing} override the
 * tier's and the scenario's policy for this node when set.
 */
@JsonPropertyOrder({"capacity", "eviction", "ttl", "ttlJitter", "coalescing"})
public final class CacheSpec {
    public DataSize capacity = DataSize.parse("100 GB");
    /** Eviction policy by name: lru, fifo, lfu, clock, sieve, s3fifo, arc, wtinylfu, gdsf, lfuda. */
    public String eviction = "lru";

    public SimDuration ttl;
    public SimDuration ttlJitter;
    public Boolean coalescing;

    public CacheSpec() {}

    public CacheSpec(DataSize capacity) {
        this.capacity = capacity;
    }
}
