package dev.cdnx.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/** Resolves looked-up colours as a theme defines them (AtlantaFX Primer under the app's sheets); FX thread. */
public final class ThemeProbe {

    static final List<String> SHEETS = List.of("cdn.css", "run.css", "panels.css", "lessons.css");

    private ThemeProbe() {}

    /** Each name's colour in {@code theme}; a name that does not resolve fails the test. */
    public static Map<String, Color> resolve(Theme theme, Collection<String> names) {
        StackPane root = new StackPane();
        if (theme == Theme.DARK) {
            root.getStyleClass().add(Styles.DARK);
        }
        Scene scene = new Scene(root, 100, 100);
        String primer = theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        scene.getStylesheets().add(PrimerLight.class.getResource(primer).toExternalForm());
        for (String sheet : SHEETS) {
            scene.getStylesheets()
                    .add(ThemeProbe.class
                            .getResource("/dev/cdnx/assets/css/" + sheet)
                            .toExternalForm());
        }
        Map<String, LookedUpColor> probes = new HashMap<>();
        for (String n : names) {
            probes.computeIfAbsent(n, LookedUpColor::new);
        }
        root.getChildren().addAll(probes.values());
        Map<String, Color> out = new HashMap<>();
        probes.forEach((name, probe) -> {
            Color c = probe.read(null);
            if (c == null) {
                throw new AssertionError(name + " does not resolve in the " + theme + " theme");
            }
            out.put(name, c);
        });
        return out;
    }
}
