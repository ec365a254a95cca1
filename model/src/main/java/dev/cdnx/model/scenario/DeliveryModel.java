package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How content reaches the caches (SPEC S3.4). Written {@code "pull"}, {@code "push"}, {@code "hybrid"}. */
public enum DeliveryModel {
    /** Caches fill on demand. */
    PULL,
    /** A publish job places objects at target locations ahead of demand. */
    PUSH,
    /** The hot head is pushed to the shields; the tail is pulled. */
    HYBRID;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeliveryModel fromId(String id) {
        for (DeliveryModel m : values()) {
            if (m.id().equalsIgnoreCase(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected pull, push or hybrid");
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
