package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * Free lists of the engine's two short-lived objects, fetches and traffic events. A miss-heavy run makes
 * millions of each a second; handing the most recently freed one out again (last in, first out) keeps
 * the working set small and warm in the processor's caches, where fresh allocations would stream through
 * new memory and leave the old copies to the garbage collector.
 */
final class Recycler {

    private Fetch[] fetches = new Fetch[256];
    private int fetchCount;
    private Event[] events = new Event[256];
    private int eventCount;

    /** A fetch with no waiters and pending status; the caller sets what it is for. */
    Fetch fetch() {
        return fetchCount > 0 ? fetches[--fetchCount] : new Fetch();
    }

    /** Takes back a fetch that nothing refers to any more. */
    void free(Fetch f) {
        f.reset();
        if (fetchCount == fetches.length) {
            fetches = Arrays.copyOf(fetches, fetchCount * 2);
        }
        fetches[fetchCount++] = f;
    }

    /** A traffic event at {@code time} of {@code type}. */
    Event event(double time, int type) {
        if (eventCount == 0) {
            return Event.at(time, type);
        }
        Event e = events[--eventCount];
        e.time = time;
        e.type = type;
        e.priority = Event.priorityOf(type);
        return e;
    }

    /** Takes back an event that has been dispatched and is not scheduled again. */
    void free(Event e) {
        e.fetch = null;
        e.action = null;
        if (eventCount == events.length) {
            events = Arrays.copyOf(events, eventCount * 2);
        }
        events[eventCount++] = e;
    }
}
