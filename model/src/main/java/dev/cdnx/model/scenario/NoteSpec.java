package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A free-text note on the canvas ("origin is in us-east-1, ask ops before failover drills"). */
@JsonPropertyOrder({"text", "x", "y", "width", "height"})
public final class NoteSpec extends BoxSpec {

    public String text = "";

    public NoteSpec() {
        width = 180;
        height = 80;
    }

    public NoteSpec(String text, double x, double y) {
        this();
        this.text = text;
        this.x = x;
        this.y = y;
    }

    @Override
    public String words() {
        return text == null ? "" : text;
    }
}
