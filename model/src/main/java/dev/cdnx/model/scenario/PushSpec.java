package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.Bandwidth;
import dev.cdnx.model.units.SimDuration;

/**
 * A publish job: the objects of {@link #contentClass} (or the whole catalog when null) are pushed to
 * {@link #targets} ("edges" or "shields") at {@link #bandwidth} per target, starting at {@link #at}.
 * Pushed copies are pinned and versioned; with {@link #repushOnChange} a change at the origin triggers a
 * new push; {@link #verify} checks bytes before a copy counts toward coverage.
 */
@JsonPropertyOrder({"targets", "contentClass", "at", "bandwidth", "repushOnChange", "verify", "rollbackAt"})
public final class PushSpec {
    public String targets = "edges";
    public String contentClass;
    public SimDuration at = SimDuration.ZERO;
    public Bandwidth bandwidth = Bandwidth.parse("1 Gbps");
    public boolean repushOnChange = true;
    public boolean verify = true;
    /** When set, the pushed version is rolled back to the previous one at this time. */
    public SimDuration rollbackAt;
}
