package dev.cdnx.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every looked-up colour the app's stylesheets use is defined, by them or by the AtlantaFX theme under
 * them: an undefined one logs "Could not resolve" warnings at run time and leaves the default colour
 * (#17 item 12: lessons.css used Modena's -fx-selection-bar-text, which AtlantaFX does not define).
 */
class CssLookupsTest {

    private static final List<String> SHEETS = List.of("cdn.css", "run.css", "panels.css", "lessons.css");
    /** A name defined by a rule: at the start of a declaration, followed by a colon. */
    private static final Pattern DEFINED = Pattern.compile("(?:^|[;{\\s])(-[a-z][a-z0-9-]*)\\s*:");
    /** A looked-up name used in a value: after the colon, before the semicolon. */
    private static final Pattern VALUE = Pattern.compile(":([^;{}]*)");

    private static final Pattern NAME = Pattern.compile("(?<![a-z0-9-])(-(?:fx|cdn|color)-[a-z0-9-]+)");

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    @Test
    void everyLookedUpColourIsDefined() throws IOException {
        Set<String> defined = new HashSet<>();
        List<String> ours = new ArrayList<>();
        for (String sheet : SHEETS) {
            ours.add(read(CssLookupsTest.class.getResource("/dev/cdnx/assets/css/" + sheet)));
        }
        List<String> all = new ArrayList<>(ours);
        all.add(read(PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet())));
        all.add(read(PrimerDark.class.getResource(new PrimerDark().getUserAgentStylesheet())));
        for (String css : all) {
            Matcher m = DEFINED.matcher(css);
            while (m.find()) {
                defined.add(m.group(1));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            Matcher v = VALUE.matcher(ours.get(i));
            while (v.find()) {
                Matcher n = NAME.matcher(v.group(1));
                while (n.find()) {
                    if (!defined.contains(n.group(1))) {
                        missing.add(SHEETS.get(i) + ": " + n.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "looked up but defined nowhere");
    }
}
