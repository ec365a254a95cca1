package dev.cdnx.lab;

import dev.cdnx.model.scenario.NodeKind;

/**
 * One running server of a lab as the user sees it: node name and kind, its port, and a curl line that
 * asks it for a sample object twice would show a miss then a hit.
 */
public record LabNode(String name, NodeKind kind, int port, String samplePath) {

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://" + LabServer.LOOPBACK + ":" + port;
    }

    /** A line to paste into a terminal: headers only, the response's fields shown. */
    public String curlLine() {
        return "curl -si " + baseUrl() + samplePath + " -o /dev/null -D -";
    }
}
