package dev.cdnx.model.topology;

import dev.cdnx.model.scenario.NodeKind;

/**
 * Which links a drawing may have, as a pure function the canvas asks while a person drags a link.
 * Links point upstream: users → steering or edge; steering → edge; edge → edge, shield or origin;
 * shield → shield or origin. Nothing links to users, and an origin links to nothing.
 */
public final class LinkRules {

    private LinkRules() {}

    /** True when a link from a node of kind {@code from} to one of kind {@code to} is allowed. */
    public static boolean allowed(NodeKind from, NodeKind to) {
        return reasonRefused(from, to) == null;
    }

    /** Why the link is refused, in words for a tooltip, or null when it is allowed. */
    public static String reasonRefused(NodeKind from, NodeKind to) {
        if (from == null || to == null) {
            return "both ends need a kind";
        }
        return switch (from) {
            case USERS ->
                to == NodeKind.EDGE || to == NodeKind.STEERING
                        ? null
                        : "users connect to an edge (or to DNS steering), not to " + article(to);
            case STEERING -> to == NodeKind.EDGE ? null : "DNS steering hands users to edges, not to " + article(to);
            case EDGE ->
                to == NodeKind.EDGE || to == NodeKind.SHIELD || to == NodeKind.ORIGIN
                        ? null
                        : "an edge fetches from a shield, a parent edge or the origin, not from " + article(to);
            case SHIELD ->
                to == NodeKind.SHIELD || to == NodeKind.ORIGIN
                        ? null
                        : "a shield fetches from the origin (or another shield), not from " + article(to);
            case ORIGIN -> "the origin is the source of truth: links go into it, not out of it";
            default -> "unknown kind";
        };
    }

    /** The kind with its article, as a sentence says it ("a users node", never "a users"). */
    static String article(NodeKind k) {
        return switch (k) {
            case USERS -> "a users node";
            case EDGE -> "an edge";
            case SHIELD -> "a shield";
            case ORIGIN -> "an origin";
            case STEERING -> "a DNS steering node";
        };
    }
}
