package dev.cdnx.app.run;

import dev.cdnx.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The key to the dots (each outcome's shape in its colour, drawn from the same masks as the map's dots) and
 * to the gauges on the nodes. When the map switches to flow bands, a line here says so.
 */
public final class Legend extends FlowPane {

    /** Shown while the map draws flow bands instead of dots. */
    static final String BANDS_NOTE = "Over " + String.format("%,d", DotField.AGGREGATE_ABOVE)
            + " requests in flight: each link shows one band, as wide as its traffic, striped by outcome";

    private final ThemeColors colors;
    private final List<ImageView> icons = new ArrayList<>();
    private final Label bands = new Label(BANDS_NOTE);
    private final InvalidationListener onTheme = o -> Platform.runLater(this::repaintIcons);

    public Legend() {
        getStyleClass().add(RunStyles.LEGEND);
        getStylesheets().add(RunStyles.STYLESHEET);
        setId("run-legend");
        setHgap(10);
        setVgap(4);
        for (int c = 0; c < DotClass.COUNT; c++) {
            ImageView icon = new ImageView();
            icons.add(icon);
            Label l = new Label(DotClass.label(c), icon);
            l.getStyleClass().add("run-legend-entry");
            l.setId("run-legend-" + DotClass.STYLE_CLASSES[c]);
            getChildren().add(l);
        }
        getChildren().add(entry("-cdn-dot-miss", "faint line: a miss's way up"));
        getChildren().add(entry("-cdn-gauge-fill", "outer ring: cache fill"));
        getChildren().add(entry("-cdn-gauge-hit", "ring: hit ratio"));
        getChildren().add(entry("-cdn-coverage", "pie: push coverage"));
        getChildren().add(entry("-cdn-origin-strained", "origin meter red: queueing/failing"));
        bands.getStyleClass().addAll("run-legend-entry", "run-legend-bands");
        bands.setId("run-legend-bands");
        bands.setWrapText(true);
        bands.setVisible(false);
        bands.managedProperty().bind(bands.visibleProperty());
        getChildren().add(bands);
        colors = new ThemeColors(getChildren());
        repaintIcons();
        sceneProperty().addListener((o, a, b) -> repaintIcons());
        Theme.currentProperty().addListener(new WeakInvalidationListener(onTheme));
    }

    /** Shows the flow-band note whenever {@code overlay} draws bands. */
    public void follow(RunOverlay overlay) {
        bands.visibleProperty().bind(overlay.aggregatedProperty());
    }

    /** The colour of the icon drawn for a dot class, as last painted (for tests). */
    int iconArgb(int cls) {
        return ((WritableImage) icons.get(cls).getImage())
                .getPixelReader()
                .getArgb(DotShapes.EXTENT + DotShapes.fillDx(cls)[0], DotShapes.EXTENT + DotShapes.fillDy(cls)[0]);
    }

    private void repaintIcons() {
        if (getScene() != null) {
            colors.refresh();
        }
        for (int c = 0; c < DotClass.COUNT; c++) {
            icons.get(c).setImage(icon(c, colors.dotArgb[c], colors.outlineArgb));
        }
    }

    /** The dot's sprite as a small image, the same pixels the map draws. */
    static WritableImage icon(int cls, int fill, int outline) {
        int size = 2 * DotShapes.EXTENT + 1;
        WritableImage img = new WritableImage(size, size);
        PixelWriter w = img.getPixelWriter();
        int[] dx = DotShapes.outlineDx(cls);
        int[] dy = DotShapes.outlineDy(cls);
        for (int j = 0; j < dx.length; j++) {
            w.setArgb(DotShapes.EXTENT + dx[j], DotShapes.EXTENT + dy[j], unpremultiply(outline));
        }
        dx = DotShapes.fillDx(cls);
        dy = DotShapes.fillDy(cls);
        for (int j = 0; j < dx.length; j++) {
            w.setArgb(DotShapes.EXTENT + dx[j], DotShapes.EXTENT + dy[j], unpremultiply(fill));
        }
        return img;
    }

    private static int unpremultiply(int argb) {
        int a = argb >>> 24;
        if (a == 0 || a == 255) {
            return argb;
        }
        int r = Math.min(255, (argb >> 16 & 0xFF) * 255 / a);
        int g = Math.min(255, (argb >> 8 & 0xFF) * 255 / a);
        int b = Math.min(255, (argb & 0xFF) * 255 / a);
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static Label entry(String colourName, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().add(RunStyles.SWATCH);
        swatch.setStyle("-fx-background-color: " + colourName + ";");
        Label l = new Label(text, swatch);
        l.getStyleClass().add("run-legend-entry");
        return l;
    }
}
