package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The hot head of a hybrid delivery, pushed to the shields: the objects of {@link #contentClass}, or the
 * top {@link #headObjects} by expected requests, or the top {@link #headPercent} percent. The first one
 * set wins in that order; the tail is pulled.
 */
@JsonPropertyOrder({"contentClass", "headObjects", "headPercent"})
public final class HybridSpec {
    public String contentClass;
    public Long headObjects;
    public Double headPercent;
}
