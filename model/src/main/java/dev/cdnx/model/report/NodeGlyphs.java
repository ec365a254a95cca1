package dev.cdnx.model.report;

import dev.cdnx.model.scenario.NodeKind;

/**
 * A small white glyph per node kind for the SVG drawing, in the spirit of the app's icons: people for
 * users, a server rack for an edge, a shield for a shield, a database for an origin, a signpost for DNS
 * steering. Path data on a 24 × 24 square, drawn here from simple shapes (no icon font needed).
 */
final class NodeGlyphs {

    private NodeGlyphs() {}

    /** The path data of {@code kind}'s glyph, or empty for none. */
    static String path(NodeKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case USERS ->
                // two heads and shoulders
                "M8 5a3 3 0 1 0 0.01 0z M16 5a3 3 0 1 0 0.01 0z"
                        + " M2 18c0-3.3 2.7-6 6-6s6 2.7 6 6z M12.5 12.4c1-0.3 2.2-0.4 3.5-0.4 3.3 0 6 2.7 6 6h-6.5"
                        + "c0-2.2-1.2-4.2-3-5.6z";
            case EDGE ->
                // three stacked server units, each with a light
                "M4 3h16v5H4z M4 9.5h16v5H4z M4 16h16v5H4z"
                        + " M16 4.6h2v1.8h-2z M16 11.1h2v1.8h-2z M16 17.6h2v1.8h-2z";
            case SHIELD -> "M12 2l8 3.5v6c0 5-3.4 9.4-8 10.5-4.6-1.1-8-5.5-8-10.5v-6z";
            case ORIGIN ->
                // a database: a cylinder of three discs
                "M12 2c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3z"
                        + " M4 7.6c1.6 1.2 4.6 1.9 8 1.9s6.4-0.7 8-1.9V12c0 1.7-3.6 3-8 3s-8-1.3-8-3z"
                        + " M4 14.6c1.6 1.2 4.6 1.9 8 1.9s6.4-0.7 8-1.9V19c0 1.7-3.6 3-8 3s-8-1.3-8-3z";
            default ->
                // a signpost pointing two ways
                "M11 2h2v3h6l2 2.5-2 2.5h-6v2h-8l-2-2.5 2-2.5h6V5z M11 12h2v10h-2z";
        };
    }
}
