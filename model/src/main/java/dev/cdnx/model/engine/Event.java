package dev.cdnx.model.engine;

/**
 * One scheduled thing. A small mutable record the queue orders; {@link #type} says what it is and which
 * of the payload fields matter. The three traffic events of a fetch are the {@link Fetch} itself (a fetch
 * waits for one thing at a time), so a hop reads one object, not an event and then its fetch.
 */
class Event {
    /** A users stream sends its next request. node = users index, stream = stream index. */
    static final int ARRIVAL = 0;
    /** A fetch reaches its parent: the event is the {@link Fetch}. */
    static final int FETCH_ARRIVE = 1;
    /** A response reaches the fetching node: the event is the {@link Fetch}, status and version in it. */
    static final int FETCH_DONE = 2;
    /** The origin (the fetch's parent) finished serving a fetch: the event is the {@link Fetch}. */
    static final int ORIGIN_DONE = 3;
    /** A timeline entry: fault, purge, pre-warm, push completion. payload = the action. */
    static final int TIMELINE = 4;

    /** Timeline work happens before traffic at the same instant. */
    static final int PRIORITY_TIMELINE = 0;

    static final int PRIORITY_TRAFFIC = 1;

    double time;
    int priority;
    long seq;
    /** The delay channel the event waits in, or -1 when it waits in the heap itself ({@link EventQueue}). */
    int channel = -1;

    int type;
    /** An arrival's users node; a fetch's sending node (the one that waits for its answer). */
    int node;

    int stream;
    Runnable action;

    static Event at(double time, int type) {
        Event e = new Event();
        e.time = time;
        e.type = type;
        e.priority = priorityOf(type);
        return e;
    }

    /** Timeline work before traffic at the same instant. */
    static int priorityOf(int type) {
        return type == TIMELINE ? PRIORITY_TIMELINE : PRIORITY_TRAFFIC;
    }
}
