package dev.cdnx.model.timeline;

/**
 * What a {@link RunEvent} is. Planned kinds come from the scenario file alone (its fault timeline, its
 * profiles, its delivery settings); observed kinds are read off the run's per-second series, so they
 * appear only once the run has reached them.
 */
public enum EventKind {
    FAULT("fault", "Fault", false),
    RECOVERY("recovery", "Recovery", false),
    DNS_FAILOVER("dns-failover", "DNS failover", false),
    FLASH_CROWD("flash-crowd", "Flash crowd", false),
    LAUNCH("launch", "Launch", false),
    PUSH("push", "Push job", false),
    ROLLBACK("rollback", "Rollback", false),
    PURGE("purge", "Purge", false),
    PREWARM("prewarm", "Pre-warm", false),
    FIRST_ORIGIN_FETCH("first-origin-fetch", "First origin fetch", true),
    EXPIRY_WAVE("expiry-wave", "Expiry wave", true),
    OVERLOAD("overload", "Origin overload", true);

    private final String id;
    private final String label;
    private final boolean observed;

    EventKind(String id, String label, boolean observed) {
        this.id = id;
        this.label = label;
        this.observed = observed;
    }

    /** The JSON and style-class name, e.g. {@code "expiry-wave"}. */
    public String id() {
        return id;
    }

    /** The words a person reads, e.g. "Expiry wave". */
    public String label() {
        return label;
    }

    /** True when the event is read off the run's series rather than the scenario file. */
    public boolean observed() {
        return observed;
    }
}
