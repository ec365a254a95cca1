package dev.cdnx.lab;

import dev.cdnx.model.http.CacheOutcome;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where every lab server reports the requests it answered. Listeners are called on the server's
 * thread and must return quickly (the app hands the exchange to its own thread; the command line
 * prints one line). The log keeps nothing itself, so memory stays flat however long the lab runs.
 */
public final class ExchangeLog {

    /** The request field that carries a trip's number from hop to hop. */
    public static final String TRIP_FIELD = "Cdnx-Trip";

    private final List<Consumer<LabExchange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong trips = new AtomicLong();

    public void addListener(Consumer<LabExchange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<LabExchange> listener) {
        listeners.remove(listener);
    }

    /** The trip number a request carries, or a new one when it comes from a client. */
    long tripOf(HttpRequest request) {
        String field = request.headers().first(TRIP_FIELD);
        if (field != null) {
            try {
                return Long.parseLong(field.strip());
            } catch (NumberFormatException e) {
                return trips.incrementAndGet();
            }
        }
        return trips.incrementAndGet();
    }

    /** An origin's answer. */
    void record(String node, HttpRequest request, int status, String outcome, HttpHeaders sent, long beganNanos) {
        record(node, tripOf(request), request, status, outcome, null, sent, beganNanos);
    }

    /** A cache's answer, with how its cache produced it. */
    void record(
            String node,
            long trip,
            HttpRequest request,
            int status,
            String outcome,
            CacheOutcome how,
            HttpHeaders sent,
            long beganNanos) {
        if (listeners.isEmpty()) {
            return;
        }
        double millis = (System.nanoTime() - beganNanos) / 1e6;
        LabExchange e = new LabExchange(
                node,
                trip,
                request.method(),
                request.url(),
                status,
                outcome,
                how,
                List.copyOf(request.headers().fields()),
                List.copyOf(sent.fields()),
                System.currentTimeMillis() - Math.round(millis),
                millis);
        for (Consumer<LabExchange> l : listeners) {
            l.accept(e);
        }
    }
}
