package dev.cdnx.model.engine;

/**
 * What a hop of a followed request is: the observer's and the trace's vocabulary, so a view can tell
 * hops apart by kind instead of by their wording.
 */
public enum HopKind {
    /** The user's request reaches its edge. */
    REQUEST("request"),
    /** No healthy edge answers the user (all down, or a dead provider's cached DNS answer). */
    NO_EDGE("no healthy edge answers"),
    /** A cache answers from a fresh copy. */
    CACHE_HIT("cache hit"),
    /** A cache answers from a stale copy and refreshes it in the background. */
    SERVED_STALE("served stale, refreshing"),
    /** The request waits for a fetch of the same key already in flight at the node. */
    COALESCED("waits for the fetch already in flight"),
    /** A cache asks its parent for the object. */
    FETCH("fetch"),
    /** A cache asks its parent whether its stale copy is still current (a conditional GET). */
    REVALIDATE("revalidate (conditional GET)"),
    /** The origin has no free server and queues the fetch. */
    QUEUED_AT_ORIGIN("queued at the origin"),
    /** The origin's queue is full and it refuses the fetch. */
    ORIGIN_REFUSED("origin overloaded: refused"),
    /** The origin answers with the object. */
    ORIGIN_SENDS("origin sends the object"),
    /** The origin confirms the copy (304 Not Modified). */
    ORIGIN_NOT_MODIFIED("origin: 304 Not Modified"),
    /** An answer travels back down to the node that asked. */
    RESPONSE("response arrives"),
    /** An error travels back down to the node that asked. */
    ERROR_BACK("error comes back"),
    /** The parent failed and the node answers from its stale copy (RFC 5861 stale-if-error). */
    STALE_IF_ERROR("upstream failed: served stale (stale-if-error)"),
    /** The edge's answer travels to the user. */
    TO_USER("response to the user");

    private final String text;

    HopKind(String text) {
        this.text = text;
    }

    /** The words the trace panel shows. */
    public String text() {
        return text;
    }

    /** A wait whose end is known only when the next hop starts (a queue, a fetch already in flight). */
    public boolean waits() {
        return this == COALESCED || this == QUEUED_AT_ORIGIN;
    }

    @Override
    public String toString() {
        return text;
    }
}
