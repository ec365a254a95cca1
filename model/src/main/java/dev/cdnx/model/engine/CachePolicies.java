package dev.cdnx.model.engine;

import dev.cdnx.model.cache.ObjectCache;

/** Builds a node's store by policy name. */
final class CachePolicies {
    private CachePolicies() {
    }

    static ObjectCache create(String policy, long capacity) {
        return InterimCaches.create(policy, capacity);
    }
}
