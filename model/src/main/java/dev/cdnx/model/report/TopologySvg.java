package dev.cdnx.model.report;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The drawing as a standalone SVG: links, then nodes coloured by kind with their names, cropped to the
 * content with a margin. Used by reports and by the app's SVG export, so both show the same picture.
 * An empty topology gives a small empty picture.
 */
public final class TopologySvg {

    private static final double MARGIN = 40;
    private static final double RADIUS = 9;

    private TopologySvg() {
    }

    /** The SVG text; {@code background} is a CSS colour, or null for transparent. */
    public static String render(Scenario s, String background) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        Map<String, NodeSpec> byName = new HashMap<>();
        for (NodeSpec n : s.topology.nodes) {
            byName.put(n.name, n);
            minX = Math.min(minX, n.x);
            minY = Math.min(minY, n.y);
            maxX = Math.max(maxX, n.x);
            maxY = Math.max(maxY, n.y);
        }
        if (byName.isEmpty()) {
            minX = 0;
            minY = 0;
            maxX = 100;
            maxY = 100;
        }
        double w = maxX - minX + 2 * MARGIN + 120;
        double h = maxY - minY + 2 * MARGIN;
        double ox = MARGIN - minX;
        double oy = MARGIN - minY;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"11\">%n", w, h, w, h));
        sb.append("  <title>").append(escape(s.name)).append("</title>\n");
        if (background != null) {
            sb.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n",
                    escape(background)));
        }
        sb.append("  <g stroke=\"#8a94a6\" stroke-width=\"1.2\" fill=\"none\">\n");
        for (LinkSpec l : s.topology.links) {
            NodeSpec a = byName.get(l.from);
            NodeSpec b = byName.get(l.to);
            if (a != null && b != null) {
                sb.append(String.format(Locale.ROOT, "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                        a.x + ox, a.y + oy, b.x + ox, b.y + oy));
            }
        }
        sb.append("  </g>\n  <g stroke=\"#1f2430\" stroke-width=\"1\">\n");
        for (NodeSpec n : s.topology.nodes) {
            sb.append(String.format(Locale.ROOT, "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\"><title>%s (%s)</title></circle>%n",
                    n.x + ox, n.y + oy, RADIUS, colour(n.kind), escape(n.name), n.kind == null ? "?" : n.kind.id()));
        }
        sb.append("  </g>\n  <g fill=\"#1f2430\">\n");
        for (NodeSpec n : s.topology.nodes) {
            sb.append(String.format(Locale.ROOT, "    <text x=\"%.1f\" y=\"%.1f\">%s</text>%n", n.x + ox + RADIUS + 3,
                    n.y + oy + 4, escape(n.name)));
        }
        sb.append("  </g>\n</svg>\n");
        return sb.toString();
    }

    /** Okabe–Ito colours by kind, readable for colour-blind people. */
    static String colour(NodeKind k) {
        if (k == null) {
            return "#999999";
        }
        switch (k) {
            case USERS:
                return "#56B4E9";
            case EDGE:
                return "#009E73";
            case SHIELD:
                return "#E69F00";
            case ORIGIN:
                return "#D55E00";
            default:
                return "#CC79A7";
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
