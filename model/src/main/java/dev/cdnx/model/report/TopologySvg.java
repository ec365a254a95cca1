package dev.cdnx.model.report;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The drawing as a standalone SVG, drawn as the app draws it: the map behind when the caller gives its
 * land outlines, dashed links, then each node as a disc in
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
    /** The light theme's map colours ({@code -cdn-map-sea}, {@code -cdn-map-land}, {@code -cdn-map-coast}). */
    private static final String SEA = "#e8f1f8";

    private static final String LAND = "#f6f8f3";
    private static final String COAST = "#b9c7b4";

    private TopologySvg() {}

    /** One closed outline of land, in the drawing's world coordinates (as the app's map has them). */
    public record LandRing(double[] xs, double[] ys) {}

    /** The SVG text; {@code background} is a CSS colour, or null for transparent. */
    public static String render(Scenario s, String background) {
        return render(s, background, List.of());
    }

    /**
     * The SVG text with the map behind the drawing: the sea as the background and {@code land} in the
     * app's map colours (only the outlines that reach into the picture are written). With no land, the
     * picture is {@link #render(Scenario, String)}'s.
     */
    public static String render(Scenario s, String background, List<LandRing> land) {
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
        if (byName.isEmpty() && s.regions.isEmpty() && s.notes.isEmpty()) {
            minX = 0;
            minY = 0;
            maxX = 100;
            maxY = 100;
        }
        double[] bounds = {minX, minY, maxX, maxY};
        SketchSvg.extend(s, bounds);
        minX = bounds[0];
        minY = bounds[1];
        maxX = bounds[2];
        maxY = bounds[3];
        double w = maxX - minX + 2 * MARGIN;
        double h = maxY - minY + 2 * MARGIN + LABEL_ROOM;
        double ox = MARGIN - minX;
        double oy = MARGIN - minY;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                        + " viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\""
                        + " font-size=\"11\">%n",
                w,
                h,
                w,
                h));
        sb.append("  <title>").append(escape(s.name)).append("</title>\n");
        boolean map = !land.isEmpty();
        String halo = map ? SEA : background == null ? "#ffffff" : escape(background);
        if (background != null || map) {
            sb.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n", halo));
        }
        if (map) {
            land(sb, land, ox, oy, w, h);
        }
        SketchSvg.regions(sb, s, ox, oy);
        sb.append(String.format(
                Locale.ROOT,
                "  <g stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" fill=\"none\">%n",
                LINK));
        for (LinkSpec l : s.topology.links) {
            NodeSpec a = byName.get(l.from);
            NodeSpec b = byName.get(l.to);
            if (a != null && b != null) {
                sb.append(String.format(
                        Locale.ROOT,
                        "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                        a.x + ox,
                        a.y + oy,
                        b.x + ox,
                        b.y + oy));
            }
        }
        sb.append("  </g>\n");
        for (NodeSpec n : s.topology.nodes) {
            node(sb, n, n.x + ox, n.y + oy, halo);
        }
        SketchSvg.notes(sb, s, ox, oy);
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** The outlines that reach into the w × h picture, shifted by (ox, oy), as one path. */
    private static void land(StringBuilder sb, List<LandRing> land, double ox, double oy, double w, double h) {
        sb.append(String.format(
                Locale.ROOT,
                "  <path fill=\"%s\" stroke=\"%s\" stroke-width=\"0.8\"" + " stroke-linejoin=\"round\" d=\"",
                LAND,
                COAST));
        for (LandRing r : land) {
            if (!reaches(r, ox, oy, w, h)) {
                continue;
            }
            for (int i = 0; i < r.xs().length; i++) {
                sb.append(i == 0 ? 'M' : 'L')
                        .append(String.format(Locale.ROOT, "%.1f %.1f", r.xs()[i] + ox, r.ys()[i] + oy));
            }
            sb.append('Z');
        }
        sb.append("\"/>\n");
    }

    private static boolean reaches(LandRing r, double ox, double oy, double w, double h) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.xs().length; i++) {
            minX = Math.min(minX, r.xs()[i] + ox);
            maxX = Math.max(maxX, r.xs()[i] + ox);
            minY = Math.min(minY, r.ys()[i] + oy);
            maxY = Math.max(maxY, r.ys()[i] + oy);
        }
        return maxX >= 0 && maxY >= 0 && minX <= w && minY <= h;
    }

    private static void node(StringBuilder sb, NodeSpec n, double x, double y, String halo) {
        String kind = n.kind == null ? "?" : n.kind.id();
        sb.append(String.format(
                Locale.ROOT,
                "  <g class=\"node %s\">%n    <title>%s (%s)</title>%n",
                escape(kind),
                escape(n.name),
                escape(kind)));
        sb.append(String.format(
                Locale.ROOT,
                "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>%n",
                x,
                y,
                RADIUS,
                colour(n.kind)));
        String glyph = NodeGlyphs.path(n.kind);
        if (!glyph.isEmpty()) {
            // The glyphs are drawn on a 24-unit square: scaled to fill most of the disc, centred on it.
            double scale = 0.68;
            sb.append(String.format(
                    Locale.ROOT,
                    "    <path transform=\"translate(%.2f %.2f) scale(%.2f)\" fill=\"#ffffff\" d=\"%s\"/>%n",
                    x - 12 * scale,
                    y - 12 * scale,
                    scale,
                    glyph));
        }
        sb.append(String.format(
                Locale.ROOT,
                "    <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\""
                        + " stroke=\"%s\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">%s</text>%n",
                x,
                y + RADIUS + 13,
                TEXT,
                halo,
                escape(n.name)));
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
        return switch (k) {
            case USERS -> "#8250df";
            case EDGE -> "#0969da";
            case SHIELD -> "#1a7f37";
            case ORIGIN -> "#cf222e";
            default -> "#bf8700";
        };
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
