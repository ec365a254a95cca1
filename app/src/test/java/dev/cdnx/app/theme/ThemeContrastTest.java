package dev.cdnx.app.theme;

import static dev.cdnx.app.theme.Wcag.contrast;
import static dev.cdnx.app.theme.Wcag.over;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text colour of the app's stylesheets has a contrast of at least 4.5:1 (WCAG AA) against what it is
 * drawn on, in both themes (#17, accessibility). The colours are the theme's looked-up colours as JavaFX
 * resolves them (AtlantaFX Primer under the app's sheets); a translucent background (the chips and veils on
 * the map) is composited over both the map's land and its sea, and both must pass.
 */
class ThemeContrastTest {

    private static final List<String> SHEETS = ThemeProbe.SHEETS;
    private static final Pattern TEXT_FILL = Pattern.compile("-fx-(?:text-)?fill:\\s*([^;}]+)");
    private static final String[] MAP = {"-cdn-map-land", "-cdn-map-sea"};
    private static final String[] PAGE = {"-color-bg-default"};

    /** A text colour and the layers under it, top first; the last one is opaque. */
    private record Pair(String where, String text, String... under) {}

    private static final List<Pair> PAIRS = new ArrayList<>();

    private static void onMap(String where, String text, String veil) {
        for (String ground : MAP) {
            PAIRS.add(veil == null ? new Pair(where, text, ground) : new Pair(where, text, veil, ground));
        }
    }

    private static void onPage(String where, String text) {
        PAIRS.add(new Pair(where, text, PAGE));
    }

    static {
        onMap("node name on the map", "-cdn-node-label", null);
        onMap("origin badge, node counters", "-cdn-run-label", "-cdn-run-label-chip");
        onMap("run HUD", "-cdn-run-label", "-cdn-hud-bg");
        onMap("legend on the map", "-color-fg-default", "-cdn-legend-bg");
        onPage("body text", "-color-fg-default");
        onPage("chart captions, notes", "-color-fg-muted");
        onPage("problems in the status bar and sheet", "-cdn-problem");
        for (String c : List.of(
                "-cdn-muted",
                "-cdn-path-text",
                "-cdn-minimum",
                "-cdn-better",
                "-cdn-worse",
                "-cdn-lesson-accent",
                "-cdn-lesson-muted",
                "-cdn-lesson-met",
                "-cdn-lesson-open",
                "-cdn-lesson-message")) {
            onPage("panel or lesson text " + c, c);
        }
        PAIRS.add(new Pair("overridden decision", "-cdn-override-text", "-cdn-override-bg", "-color-bg-default"));
        PAIRS.add(new Pair("decision on the path", "-cdn-path-text", "-cdn-path-bg", "-color-bg-default"));
        PAIRS.add(new Pair("lesson notice", "-cdn-lesson-notice-text", "-cdn-lesson-notice-bg"));
        PAIRS.add(new Pair("lesson complete", "-cdn-lesson-met", "-cdn-lesson-complete-bg"));
        PAIRS.add(new Pair("interview card", "-color-fg-default", "-cdn-card-bg"));
        onMap("region label on the map", "-cdn-region-text", "-cdn-region-fill");
        PAIRS.add(new Pair("note on the map", "-cdn-note-text", "-cdn-note-fill"));
    }

    @BeforeAll
    static void fx() {
        FxTestSupport.startFx();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextColourReadsOnItsBackground(Theme theme) {
        Map<String, Color> colours = FxTestSupport.fx(() -> resolve(theme));
        List<String> failures = new ArrayList<>();
        for (Pair p : PAIRS) {
            Color ground = colours.get(p.under()[p.under().length - 1]);
            for (int i = p.under().length - 2; i >= 0; i--) {
                ground = over(colours.get(p.under()[i]), ground);
            }
            double ratio = contrast(colours.get(p.text()), ground);
            if (ratio < 4.5) {
                failures.add(String.format(
                        "%s: %s on %s is %.2f:1", p.where(), p.text(), String.join(" over ", p.under()), ratio));
            }
        }
        assertTrue(failures.isEmpty(), theme + " theme:\n" + String.join("\n", failures));
    }

    /** Every text colour the sheets use is one this test checks (a new one must be added above). */
    @ParameterizedTest
    @EnumSource(value = Theme.class, names = "LIGHT")
    void everyTextColourInTheSheetsIsChecked(Theme unused) throws IOException {
        Set<String> checked = new HashSet<>();
        PAIRS.forEach(p -> checked.add(p.text()));
        List<String> unchecked = new ArrayList<>();
        for (String sheet : SHEETS) {
            String css = read(sheet);
            Matcher m = TEXT_FILL.matcher(css);
            while (m.find()) {
                String value = m.group(1).trim();
                // AtlantaFX's own pairing for a selected cell (defined on the list, not the root).
                if (value.equals("-color-cell-fg-selected")) {
                    continue;
                }
                if (value.startsWith("-cdn-")
                        || value.startsWith("-color-")
                        || value.startsWith("#")
                        || value.startsWith("rgb")) {
                    boolean background = value.contains("bg") || value.contains("fill") || value.equals("transparent");
                    if (!background && !checked.contains(value) && !isShape(css, m.start())) {
                        unchecked.add(sheet + ": " + value);
                    }
                }
            }
        }
        assertTrue(unchecked.isEmpty(), "text colours without a contrast check: " + unchecked);
    }

    /** {@code -fx-fill} of a node's body or marquee is a shape, not text; only the label's fill is text. */
    private static boolean isShape(String css, int at) {
        int open = css.lastIndexOf('{', at);
        int start = css.lastIndexOf('}', open) + 1;
        String selector = css.substring(start, open);
        String decl = css.substring(at, Math.min(css.length(), at + 12));
        return decl.startsWith("-fx-fill") && !selector.contains("label");
    }

    private static String read(String sheet) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/dev/cdnx/assets/css/" + sheet)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    private static Map<String, Color> resolve(Theme theme) {
        Set<String> names = new HashSet<>();
        for (Pair p : PAIRS) {
            names.add(p.text());
            names.addAll(List.of(p.under()));
        }
        return ThemeProbe.resolve(theme, names);
    }
}
