package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * A request one node sends to its parent for one key, and everything waiting for its answer: user
 * requests at an edge and fetches of child caches. With coalescing, later misses for the same key at
 * the same node join the waiters instead of sending their own fetch.
 *
 * <p>Fetches are pooled by the {@link World}: a finished fetch is reset and handed out again, and its
 * waiter arrays keep their capacity, so the miss path allocates nothing once a run is warm. The waiters
 * live in parallel primitive arrays rather than in a list of small objects for the same reason.
 */
final class Fetch extends Event {
    static final int PENDING = 0;
    static final int OK = 200;
    static final int NOT_MODIFIED = 304;
    static final int ERROR = 503;

    // The node that sent the fetch and waits for the answer is Event.node.

    /** Where it went. */
    int parent;

    long key;
    int object;
    /** The object's size and content class, copied from the catalog when the fetch is made. */
    long size;

    int cls;
    /** The object's whole catalog entry (its change phase too), read once when the fetch is made. */
    long packed;
    /** A conditional fetch revalidates the copy of {@link #heldVersion} that the node holds. */
    boolean conditional;

    int heldVersion;
    /** Stale-while-revalidate: nobody waits, the node refreshes its copy in the background. */
    boolean background;
    /** A warm-up request before a launch, not a user's. */
    boolean warmup;

    double sentAt;
    /** Half the round trip to {@link #parent}, fixed when the fetch is sent: the answer comes back over it. */
    double halfRtt;

    /** When the parent's answer left it, and when the origin started serving this fetch (for traces). */
    double answeredAt;

    double serviceStart;

    int status = PENDING;
    int version;
    /** When the answer's content was produced at the origin (its age starts there). */
    double bornAt;
    /** The answer is a stale copy served because the upstream failed (RFC 5861 stale-if-error). */
    boolean staleIfError;

    /** Waiting user requests: users node, start time, bytes, and the trace if one is followed. */
    int userCount;

    int[] userNode = new int[1];
    double[] userStart = new double[1];
    long[] userBytes = new long[1];
    /** Null until a traced user request waits here. */
    RequestTrace[] userTrace;
    /** Waiting child fetches. */
    int childCount;

    Fetch[] children = new Fetch[1];
    /** The traced request this fetch serves, if it is being followed hop by hop. */
    RequestTrace trace;

    void addUser(int usersNode, double start, long bytes, RequestTrace userTraceOrNull) {
        int i = userCount;
        if (i == userNode.length) {
            int n = i * 2;
            userNode = Arrays.copyOf(userNode, n);
            userStart = Arrays.copyOf(userStart, n);
            userBytes = Arrays.copyOf(userBytes, n);
            if (userTrace != null) {
                userTrace = Arrays.copyOf(userTrace, n);
            }
        }
        userNode[i] = usersNode;
        userStart[i] = start;
        userBytes[i] = bytes;
        if (userTraceOrNull != null) {
            if (userTrace == null) {
                userTrace = new RequestTrace[userNode.length];
            }
            userTrace[i] = userTraceOrNull;
        } else if (userTrace != null) {
            userTrace[i] = null;
        }
        userCount = i + 1;
    }

    /** The trace of waiting user i, or null. */
    RequestTrace userTrace(int i) {
        return userTrace == null ? null : userTrace[i];
    }

    void addChild(Fetch f) {
        if (childCount == children.length) {
            children = Arrays.copyOf(children, childCount * 2);
        }
        children[childCount++] = f;
    }

    /** Moves every waiter of {@code other} to this fetch (which has none) and leaves {@code other} with none. */
    void takeWaitersFrom(Fetch other) {
        int[] un = userNode;
        double[] us = userStart;
        long[] ub = userBytes;
        RequestTrace[] ut = userTrace;
        Fetch[] ch = children;
        userNode = other.userNode;
        userStart = other.userStart;
        userBytes = other.userBytes;
        userTrace = other.userTrace;
        userCount = other.userCount;
        children = other.children;
        childCount = other.childCount;
        other.userNode = un;
        other.userStart = us;
        other.userBytes = ub;
        other.userTrace = ut;
        other.children = ch;
        other.userCount = 0;
        other.childCount = 0;
    }

    /** Forgets everything but the waiter arrays' capacity, ready to be handed out again. */
    void reset() {
        if (userTrace != null) {
            Arrays.fill(userTrace, 0, userCount, null);
        }
        Arrays.fill(children, 0, childCount, null);
        userCount = 0;
        childCount = 0;
        trace = null;
        parent = 0;
        background = false;
        warmup = false;
        sentAt = 0;
        answeredAt = 0;
        serviceStart = 0;
        halfRtt = 0;
        status = PENDING;
        version = 0;
        bornAt = 0;
        staleIfError = false;
    }
}
