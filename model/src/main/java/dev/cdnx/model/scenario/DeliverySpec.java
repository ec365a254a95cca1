package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Which delivery model runs, and the settings of each (kept when switching, so switching back is free). */
@JsonPropertyOrder({"model", "push", "hybrid", "prewarm"})
public final class DeliverySpec {
    public DeliveryModel model = DeliveryModel.PULL;
    public PushSpec push = new PushSpec();
    public HybridSpec hybrid = new HybridSpec();
    public PrewarmSpec prewarm = new PrewarmSpec();
}
