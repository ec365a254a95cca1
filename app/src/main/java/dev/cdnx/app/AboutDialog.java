package dev.cdnx.app;

import dev.cdnx.app.lessons.LessonStyles;
import dev.cdnx.app.theme.Theme;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → About: the program's name and version, the licences of the data it ships, and links to the
 * documentation. Links go to {@code openLink} (the shell passes {@code getHostServices()::showDocument});
 * with none they are shown as plain text.
 */
public final class AboutDialog {

    public static final String NAME = "CDN Explorer";
    /** Where the documentation lives: the system property {@code cdnx.docs}, else the {@code docs/} folder of the working directory. */
    public static final String DOCS = System.getProperty(
            "cdnx.docs",
            java.nio.file.Path.of("docs").toAbsolutePath().toUri().toString().replaceFirst("/$", ""));

    /** Where each licence note comes from; shown in the dialog and kept here so tests and docs agree. */
    public static final String MAP_NOTE =
            "World map: Natural Earth 1:110m land outlines (public domain), " + "from the npm package world-atlas.";

    public static final String CACHE_TESTS_NOTE = "HTTP caching conformance cases: the \"cache-tests\" suite "
            + "(http-tests/cache-tests), Copyright (c) 2018 Mark Nottingham, BSD 3-Clause licence.";

    private AboutDialog() {}

    /** The version in the jar's manifest ({@code Implementation-Version}), or "development build". */
    public static String version() {
        Package p = AboutDialog.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }

    /**
     * The runtime underneath, for bug reports: "Java 17.0.15 (Eclipse Adoptium), JavaFX 21.0.12". A part the
     * platform does not report reads "unknown".
     */
    public static String runtime() {
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version", "unknown"));
        String vendor = System.getProperty("java.vendor");
        String fx = System.getProperty("javafx.runtime.version", "unknown");
        return "Java " + java + (vendor == null || vendor.isBlank() ? "" : " (" + vendor + ")") + ", JavaFX " + fx;
    }

    /** Builds the dialog (FX thread); {@code openLink} may be null. */
    public static Alert create(Window owner, Consumer<String> openLink) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        Theme.install(a);
        a.setTitle("About " + NAME);
        a.setHeaderText(null);
        if (owner != null) {
            a.initOwner(owner);
        }
        Label name = new Label(NAME);
        name.getStyleClass().add("about-name");
        Label version = new Label("Version " + version());
        version.setId("about-version");
        version.getStyleClass().add("about-version");
        Label runtime = new Label(runtime());
        runtime.setId("about-runtime");
        runtime.getStyleClass().add("about-version");
        runtime.setWrapText(true);
        Label what = wrapped("Simulates content delivery networks — caches, shields, push and pull, costs — "
                + "to learn and to decide.");
        VBox box = new VBox(
                8,
                name,
                version,
                runtime,
                what,
                wrapped(MAP_NOTE),
                wrapped(CACHE_TESTS_NOTE),
                link("Documentation", DOCS, openLink),
                link("User guide: lessons", DOCS + "/user-guide-lessons.md", openLink),
                link("Scenario format", DOCS + "/scenario-format.md", openLink));
        box.getStyleClass().add("about-dialog");
        box.setPrefWidth(460);
        if (!LessonStyles.STYLESHEET.isEmpty()) {
            a.getDialogPane().getStylesheets().add(LessonStyles.STYLESHEET);
        }
        a.getDialogPane().setContent(box);
        return a;
    }

    /** Shows the dialog and returns at once. */
    public static void show(Window owner, Consumer<String> openLink) {
        create(owner, openLink).show();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static javafx.scene.Node link(String text, String url, Consumer<String> openLink) {
        if (openLink == null) {
            return wrapped(text + ": " + url);
        }
        Hyperlink h = new Hyperlink(text);
        h.setOnAction(e -> openLink.accept(url));
        return h;
    }
}
