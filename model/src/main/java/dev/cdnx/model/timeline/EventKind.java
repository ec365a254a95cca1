package dev.cdnx.model.timeline;

/**
 * What a {@link RunEvent} is. Most kinds come from the scenario file alone (its fault timeline, its
 * profiles, its delivery settings); the first origin fetch and origin overload are read off the run's
 * per-second series, so they appear only once the run has reached them; an expiry wave is expected from
 * the pre-warm and then confirmed from the series.
 */
public enum EventKind {
    FAULT("fault", "Fault"),
    RECOVERY("recovery", "Recovery"),
    DNS_FAILOVER("dns-failover", "DNS failover"),
    FLASH_CROWD("flash-crowd", "Flash crowd"),
    LAUNCH("launch", "Launch"),
    PUSH("push", "Push job"),
    ROLLBACK("rollback", "Rollback"),
    PURGE("purge", "Purge"),
    PREWARM("prewarm", "Pre-warm"),
    FIRST_ORIGIN_FETCH("first-origin-fetch", "First origin fetch"),
    EXPIRY_WAVE("expiry-wave", "Expiry wave"),
    OVERLOAD("overload", "Origin overload");

    private final String id;
    private final String label;

    EventKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The JSON and style-class name, e.g. {@code "expiry-wave"}. */
    public String id() {
        return id;
    }

    /** The words a person reads, e.g. "Expiry wave". */
    public String label() {
        return label;
    }
}
