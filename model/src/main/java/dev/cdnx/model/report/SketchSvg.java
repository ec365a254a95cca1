package dev.cdnx.model.report;

import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notes and regions of a scenario in SVG, in the editor's light colours: regions (dashed, lightly
 * tinted, label top-left) go under the links, notes (sticky-note cards, text wrapped) over the nodes.
 */
final class SketchSvg {

    private static final String REGION_STROKE = "#4f7fb8";
    private static final String REGION_FILL = "#54aeff";
    private static final String REGION_TEXT = "#1f4f86";
    private static final String NOTE_FILL = "#fff8c5";
    private static final String NOTE_STROKE = "#d4a72c";
    private static final String TEXT = "#1f2328";
    /** Average width of a 12-px character, to wrap a note's text without measuring fonts. */
    private static final double CHAR_WIDTH = 6.6;

    private static final double LINE_HEIGHT = 15;

    private SketchSvg() {}

    /** Widens {minX, minY, maxX, maxY} to take in every box. */
    static void extend(Scenario s, double[] bounds) {
        List<BoxSpec> all = new ArrayList<>(s.regions);
        all.addAll(s.notes);
        for (BoxSpec b : all) {
            bounds[0] = Math.min(bounds[0], b.x);
            bounds[1] = Math.min(bounds[1], b.y);
            bounds[2] = Math.max(bounds[2], b.x + b.width);
            bounds[3] = Math.max(bounds[3], b.y + b.height);
        }
    }

    static void regions(StringBuilder sb, Scenario s, double ox, double oy) {
        for (RegionSpec r : s.regions) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  <g class=\"region\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\" rx=\"6\" fill=\"%s\" fill-opacity=\"0.08\" stroke=\"%s\" stroke-width=\"1.5\""
                            + " stroke-dasharray=\"8 4\"/>%n",
                    r.x + ox,
                    r.y + oy,
                    r.width,
                    r.height,
                    REGION_FILL,
                    REGION_STROKE));
            sb.append(String.format(
                    Locale.ROOT,
                    "    <text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-size=\"13\""
                            + " font-weight=\"bold\">%s</text></g>%n",
                    r.x + ox + 8,
                    r.y + oy + 18,
                    REGION_TEXT,
                    TopologySvg.escape(r.words())));
        }
    }

    static void notes(StringBuilder sb, Scenario s, double ox, double oy) {
        for (NoteSpec n : s.notes) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  <g class=\"note\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>%n",
                    n.x + ox,
                    n.y + oy,
                    n.width,
                    n.height,
                    NOTE_FILL,
                    NOTE_STROKE));
            sb.append(String.format(Locale.ROOT, "    <text fill=\"%s\" font-size=\"12\">", TEXT));
            List<String> lines = wrap(n.words(), (int) Math.max(1, (n.width - 16) / CHAR_WIDTH));
            int room = (int) Math.max(1, (n.height - 8) / LINE_HEIGHT);
            for (int i = 0; i < Math.min(room, lines.size()); i++) {
                sb.append(String.format(
                        Locale.ROOT,
                        "<tspan x=\"%.1f\" y=\"%.1f\">%s</tspan>",
                        n.x + ox + 8,
                        n.y + oy + 20 + i * LINE_HEIGHT,
                        TopologySvg.escape(lines.get(i))));
            }
            sb.append("</text></g>\n");
        }
    }

    /** Breaks text into lines of at most {@code width} characters, at spaces where it can. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (word.length() > width) {
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
