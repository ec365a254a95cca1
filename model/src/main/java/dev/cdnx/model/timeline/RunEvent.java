package dev.cdnx.model.timeline;

import java.util.List;

/**
 * One moment worth looking at in a run: when (simulated seconds), what kind, one line that names the
 * scenario's own nodes and figures, and the nodes it concerns (for the view to bring them on screen;
 * empty when it concerns the whole drawing).
 */
public record RunEvent(double time, EventKind kind, String text, List<String> nodes) {

    public RunEvent {
        nodes = List.copyOf(nodes);
    }

    /** "Kind: text", the form a tooltip or a log line shows. */
    public String line() {
        return kind.label() + ": " + text;
    }
}
