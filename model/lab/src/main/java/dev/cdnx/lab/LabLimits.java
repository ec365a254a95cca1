package dev.cdnx.lab;

/**
 * The caps every lab server works within, so a lab can neither be used to exhaust the machine nor hang.
 *
 * @param maxHeaderBytes        largest request head (request line and fields); larger gets 431
 * @param maxBodyBytes          largest request or upstream response body; larger gets 413 or 502
 * @param maxConnections        open connections per server; more wait in the accept queue
 * @param maxThreads            request threads per server
 * @param queueCapacity         requests waiting for a thread per server; more are refused
 * @param idleTimeoutMillis     an idle connection is closed after this
 * @param connectTimeoutMillis  connecting to a parent gives up after this
 * @param upstreamTimeoutMillis a parent's answer is given up on after this
 * @param stopTimeoutMillis     stopping waits this long for requests in progress
 */
public record LabLimits(
        int maxHeaderBytes,
        int maxBodyBytes,
        int maxConnections,
        int maxThreads,
        int queueCapacity,
        long idleTimeoutMillis,
        long connectTimeoutMillis,
        long upstreamTimeoutMillis,
        long stopTimeoutMillis) {

    /** The defaults: 16 KiB heads, 16 MiB bodies, 512 connections, 64 threads, 10 s upstream timeout. */
    public static LabLimits defaults() {
        return new LabLimits(16 * 1024, 16 * 1024 * 1024, 512, 64, 2048, 30_000, 2_000, 10_000, 2_000);
    }
}
