package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A labelled rectangle around part of the drawing ("EU", "origin VPC"). It only groups nodes for the eye
 * and for editing (moving or duplicating a region takes the nodes inside it along); it has nothing to do
 * with a node's pricing {@code region}.
 */
@JsonPropertyOrder({"label", "x", "y", "width", "height"})
public final class RegionSpec extends BoxSpec {

    public String label = "";

    public RegionSpec() {}

    public RegionSpec(String label, double x, double y, double width, double height) {
        this.label = label;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    @Override
    public String words() {
        return label == null ? "" : label;
    }
}
