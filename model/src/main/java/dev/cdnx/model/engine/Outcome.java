package dev.cdnx.model.engine;

/**
 * How a user request ended. Every request is a hit or a miss, decided when it reaches its edge: a hit
 * is served from the edge without waiting for anyone upstream ({@link #HIT}, {@link #STALE} under
 * stale-while-revalidate); a miss waits ({@link #MISS}, {@link #REVALIDATED}, {@link #COALESCED}, and
 * the two ways a wait can end badly, {@link #STALE_IF_ERROR} and {@link #ERROR}).
 */
public enum Outcome {
    HIT,
    STALE,
    MISS,
    REVALIDATED,
    COALESCED,
    STALE_IF_ERROR,
    ERROR;

    public boolean isHit() {
        return this == HIT || this == STALE;
    }
}
