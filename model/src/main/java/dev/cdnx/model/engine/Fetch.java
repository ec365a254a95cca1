package dev.cdnx.model.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A request one node sends to its parent for one key, and everything waiting for its answer: user
 * requests at an edge and fetches of child caches. With coalescing, later misses for the same key at
 * the same node join the waiters instead of sending their own fetch.
 */
final class Fetch {
    static final int PENDING = 0;
    static final int OK = 200;
    static final int NOT_MODIFIED = 304;
    static final int ERROR = 503;

    /** The node that sent the fetch and waits for the answer. */
    int node;
    /** Where it went. */
    int parent;
    long key;
    int object;
    /** The object's size and content class, copied from the catalog when the fetch is made. */
    long size;
    int cls;
    /** A conditional fetch revalidates the copy of {@link #heldVersion} that the node holds. */
    boolean conditional;
    int heldVersion;
    /** Stale-while-revalidate: nobody waits, the node refreshes its copy in the background. */
    boolean background;
    /** A warm-up request before a launch, not a user's. */
    boolean warmup;
    double sentAt;

    int status = PENDING;
    int version;
    /** When the answer's content was produced at the origin (its age starts there). */
    double bornAt;

    /** Waiting user requests (null until the first one). */
    List<UserWait> users;
    /** Waiting child fetches (null until the first one). */
    List<Fetch> children;
    /** The traced request this fetch serves, if it is being followed hop by hop. */
    RequestTrace trace;

    void addUser(UserWait w) {
        if (users == null) {
            users = new ArrayList<>(2);
        }
        users.add(w);
    }

    void addChild(Fetch f) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(f);
    }

    /** A user request waiting at an edge for the fetch's answer. */
    static final class UserWait {
        final int usersNode;
        final double start;
        final long bytes;
        final RequestTrace trace;

        UserWait(int usersNode, double start, long bytes, RequestTrace trace) {
            this.usersNode = usersNode;
            this.start = start;
            this.bytes = bytes;
            this.trace = trace;
        }
    }
}
