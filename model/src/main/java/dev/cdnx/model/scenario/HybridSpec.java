package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The hot head of a hybrid delivery, pushed to the shields: the objects of {@link #contentClass}, or the
 * top {@link #headObjects} by expected requests, or the top {@link #headPercent} percent. The first one
 * set wins in that order; the tail is pulled. With none set the head is empty: hybrid then pushes
 * nothing and runs as pull. {@link #topObjects} is the one reading of the top-K forms, shared by the
 * engine, the bill and the run bar.
 */
@JsonPropertyOrder({"contentClass", "headObjects", "headPercent"})
public final class HybridSpec {
    public String contentClass;
    public Long headObjects;
    public Double headPercent;

    /**
     * How many of the {@code rankedObjects} most requested objects the head holds when it is given as a
     * count or a percentage (rounded half up), clamped to 0..rankedObjects; 0 when neither is set.
     * Meaningless when {@link #contentClass} is set, which wins.
     */
    public long topObjects(long rankedObjects) {
        long k = headObjects != null
                ? headObjects
                : headPercent != null ? Math.round(rankedObjects * headPercent / 100.0) : 0;
        return Math.min(Math.max(k, 0), Math.max(rankedObjects, 0));
    }
}
