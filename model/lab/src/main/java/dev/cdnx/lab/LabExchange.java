package dev.cdnx.lab;

import dev.cdnx.model.http.CacheOutcome;
import dev.cdnx.model.http.HttpHeaders;
import java.util.List;

/**
 * One request answered by one lab server: which node, what was asked, what it answered and how
 * (the node's Cache-Status entry, or "origin"), with the real header lines of both messages. The
 * {@code trip} number is the same on every hop of one client request, so a trip can be drawn edge to
 * origin and listed in the Trace panel.
 *
 * @param node        the server's node name
 * @param trip        the client request this hop belongs to
 * @param method      the request method
 * @param target      the request target (path and query)
 * @param status      the status sent back
 * @param outcome     the node's Cache-Status entry for caches, "origin" for the origin, or the refusal
 * @param cacheOutcome how the node's cache answered, or null for the origin
 * @param request     the request's header lines as received
 * @param response    the response's header lines as sent
 * @param startMillis wall-clock time the request arrived
 * @param millis      time spent answering, in milliseconds
 */
public record LabExchange(
        String node,
        long trip,
        String method,
        String target,
        int status,
        String outcome,
        CacheOutcome cacheOutcome,
        List<HttpHeaders.Field> request,
        List<HttpHeaders.Field> response,
        long startMillis,
        double millis) {

    /** One line for a log: {@code edge-london  #12  GET /static/0  200  edge-london; hit  0.4 ms}. */
    public String line() {
        return String.format(
                java.util.Locale.ROOT,
                "%-18s #%-5d %-4s %-28s %3d  %s  (%.1f ms)",
                node,
                trip,
                method,
                target,
                status,
                outcome,
                millis);
    }

    /** The outcome without the node's name in front: {@code hit} for {@code edge-london; hit}. */
    public String outcomeParams() {
        String prefix = CacheStatus.token(node) + "; ";
        return outcome.startsWith(prefix) ? outcome.substring(prefix.length()) : outcome;
    }

    /** Both messages as they crossed the wire: request line and fields, blank line, status and fields. */
    public String headersText() {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(target).append(" HTTP/1.1\n");
        request.forEach(f -> sb.append(f.name()).append(": ").append(f.value()).append('\n'));
        sb.append("\nHTTP/1.1 ").append(status).append('\n');
        response.forEach(f -> sb.append(f.name()).append(": ").append(f.value()).append('\n'));
        return sb.toString();
    }
}
