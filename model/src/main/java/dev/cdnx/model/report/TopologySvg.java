package dev.cdnx.model.report;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The drawing as a standalone SVG, drawn as the app draws it: dashed links, then each node as a disc in
 * its kind's colour (the light theme's {@code -cdn-*} colours) with a white glyph of its kind, and its name
 * below on a halo of the background so a link passing behind never runs through the letters. Each node
 * is a group whose first child is its {@code <title>}, which every renderer (browsers, Inkscape, librsvg,
 * ImageMagick) accepts. Cropped to the content with a margin; used by reports and by the app's SVG
 * export, so both show the same picture. An empty topology gives a small empty picture.
 */
public final class TopologySvg {

    private static final double MARGIN = 40;
    private static final double RADIUS = 13;
    /** Room below a disc for its name. */
    private static final double LABEL_ROOM = 18;
    private static final String LINK = "#6e7781";
    private static final String TEXT = "#1f2328";

    private TopologySvg() {
    }

    /** The SVG text; {@code background} is a CSS colour, or null for transparent. */
    public static String render(Scenario s, String background) {
        Map<String, NodeSpec> byName = new HashMap<>();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (NodeSpec n : s.topology.nodes) {
            byName.put(n.name, n);
            minX = Math.min(minX, n.x - labelHalfWidth(n));
            minY = Math.min(minY, n.y);
            maxX = Math.max(maxX, n.x + labelHalfWidth(n));
            maxY = Math.max(maxY, n.y);
        }
        if (byName.isEmpty()) {
            minX = 0;
            minY = 0;
            maxX = 100;
            maxY = 100;
        }
        double w = maxX - minX + 2 * MARGIN;
        double h = maxY - minY + 2 * MARGIN + LABEL_ROOM;
        double ox = MARGIN - minX;
        double oy = MARGIN - minY;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\""
                + " font-size=\"11\">%n", w, h, w, h));
        sb.append("  <title>").append(escape(s.name)).append("</title>\n");
        String halo = background == null ? "#ffffff" : escape(background);
        if (background != null) {
            sb.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n", halo));
        }
        sb.append(String.format(Locale.ROOT,
                "  <g stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" fill=\"none\">%n", LINK));
        for (LinkSpec l : s.topology.links) {
            NodeSpec a = byName.get(l.from);
            NodeSpec b = byName.get(l.to);
            if (a != null && b != null) {
                sb.append(String.format(Locale.ROOT, "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                        a.x + ox, a.y + oy, b.x + ox, b.y + oy));
            }
        }
        sb.append("  </g>\n");
        for (NodeSpec n : s.topology.nodes) {
            node(sb, n, n.x + ox, n.y + oy, halo);
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void node(StringBuilder sb, NodeSpec n, double x, double y, String halo) {
        String kind = n.kind == null ? "?" : n.kind.id();
        sb.append(String.format(Locale.ROOT, "  <g class=\"node %s\">%n    <title>%s (%s)</title>%n",
                escape(kind), escape(n.name), escape(kind)));
        sb.append(String.format(Locale.ROOT,
                "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>%n",
                x, y, RADIUS, colour(n.kind)));
        String glyph = NodeGlyphs.path(n.kind);
        if (!glyph.isEmpty()) {
            // The glyphs are drawn on a 24-unit square: scaled to fill most of the disc, centred on it.
            double scale = 0.68;
            sb.append(String.format(Locale.ROOT,
                    "    <path transform=\"translate(%.2f %.2f) scale(%.2f)\" fill=\"#ffffff\" d=\"%s\"/>%n",
                    x - 12 * scale, y - 12 * scale, scale, glyph));
        }
        sb.append(String.format(Locale.ROOT, "    <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\""
                + " stroke=\"%s\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">%s</text>%n",
                x, y + RADIUS + 13, TEXT, halo, escape(n.name)));
        sb.append("  </g>\n");
    }

    /** Half the width a name takes at 11 px (about 6.2 px a character), so the crop keeps whole names. */
    private static double labelHalfWidth(NodeSpec n) {
        return Math.max(RADIUS, (n.name == null ? 0 : n.name.length()) * 3.1);
    }

    /** The app's light-theme colours by kind ({@code -cdn-users}, {@code -cdn-edge}, … in cdn.css). */
    public static String colour(NodeKind k) {
        if (k == null) {
            return "#6e7781";
        }
        switch (k) {
            case USERS:
                return "#8250df";
            case EDGE:
                return "#0969da";
            case SHIELD:
                return "#1a7f37";
            case ORIGIN:
                return "#cf222e";
            default:
                return "#bf8700";
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
