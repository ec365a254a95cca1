package dev.cdnx.app.theme;

import java.net.URL;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A hidden probe that reads one looked-up colour ({@code -cdn-*}) of the theme it sits in: its background
 * is styled with the name, so CSS resolves it against the ancestors' definitions exactly as it does for the
 * visible parts. Painters that draw with code (canvases, pixel buffers) read their colours this way, so
 * the one palette in the stylesheet reaches them too.
 *
 * <p>The probe asks for its colour only inside a scene that carries the palette ({@link Styles#STYLESHEET}):
 * elsewhere (a test's bare scene, a preview) CSS cannot resolve the name and logs a ClassCastException
 * warning on every pass, hundreds per test run, and the probe reads the fallback anyway.
 */
public final class LookedUpColor extends Region {

    private final String name;
    private final String lookup;

    public LookedUpColor(String name) {
        this.name = name;
        this.lookup = "-fx-background-color: " + name + ";";
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
    }

    public String name() {
        return name;
    }

    /** The colour as CSS resolves it now, or {@code fallback} when it does not resolve (no theme above). */
    public Color read(Color fallback) {
        boolean themed = palettedScene(getScene());
        setStyle(themed ? lookup : "");
        if (!themed) {
            return fallback;
        }
        applyCss();
        Background b = getBackground();
        if (b == null || b.getFills().isEmpty()) {
            return fallback;
        }
        Paint p = b.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }

    /** Whether {@code scene} carries the app sheet that defines the {@code -cdn-*} palette. */
    static boolean palettedScene(Scene scene) {
        if (scene == null) {
            return false;
        }
        URL sheet = LookedUpColor.class.getResource(Styles.STYLESHEET);
        return sheet != null && scene.getStylesheets().contains(sheet.toExternalForm());
    }

    /** A colour as a premultiplied ARGB int, the pixel format of the run's raster. */
    public static int premultipliedArgb(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * a);
        int g = (int) Math.round(c.getGreen() * a);
        int bl = (int) Math.round(c.getBlue() * a);
        return a << 24 | r << 16 | g << 8 | bl;
    }
}
