package dev.cdnx.app.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The origins' badges as small pictures laid over the dots, so the headline figure stays readable where
 * misses stream into the origin: drawn into the gauge background, under the dots, patch-day's hundred miss
 * triangles crossed the badge's number (#16). Each badge is one {@link Sprite} copied into an image of its
 * own size, drawn again only when what it shows changes, and placed on the raster's pixel grid (world
 * units, like the dots' image), so it stays as crisp as the rest of the run.
 */
final class BadgeViews {

    /** The badges' layer: put it above the dots' image. */
    final Group group = new Group();

    private final Map<Integer, ImageView> views = new HashMap<>();
    private final Map<Integer, Object> keys = new HashMap<>();
    /** Images made for the badges (a work count for tests). */
    long imagesMade;

    BadgeViews() {
        group.setMouseTransparent(true);
        group.setAutoSizeChildren(false);
    }

    /**
     * Shows node {@code i}'s badge for {@code key}, drawn by {@code draw} (centred on raster pixel cx, cy)
     * when the key changed; the raster's top-left corner is world ({@code ox}, {@code oy}) at {@code scale}
     * raster pixels per world unit.
     */
    void show(int i, Object key, Supplier<Sprite> draw, int cx, int cy, double ox, double oy, double scale) {
        ImageView v = views.get(i);
        if (v == null) {
            v = new ImageView();
            v.setSmooth(false);
            v.setMouseTransparent(true);
            v.setId("run-badge-" + i);
            views.put(i, v);
            group.getChildren().add(v);
        }
        Sprite s = (Sprite) v.getUserData();
        if (s == null || !Objects.equals(key, keys.get(i))) {
            s = draw.get();
            // a badge of the same size is written into the image it has: its load line changes at nearly every
            // check, and a new image each time cost more than drawing the badge
            WritableImage img = v.getImage() instanceof WritableImage w
                            && (int) w.getWidth() == s.width
                            && (int) w.getHeight() == s.height
                    ? w
                    : null;
            if (img == null) {
                img = new WritableImage(Math.max(1, s.width), Math.max(1, s.height));
                imagesMade++;
            }
            img.getPixelWriter()
                    .setPixels(0, 0, s.width, s.height, PixelFormat.getIntArgbPreInstance(), s.argb, 0, s.width);
            if (v.getImage() != img) {
                v.setImage(img);
            }
            v.setUserData(s);
            keys.put(i, key);
        }
        v.setVisible(true);
        v.setLayoutX(ox + (cx + s.left) / scale);
        v.setLayoutY(oy + (cy + s.top) / scale);
        v.setFitWidth(s.width / scale);
        v.setFitHeight(s.height / scale);
    }

    /** Hides node {@code i}'s badge (no figures yet, or the node is gone). */
    void hide(int i) {
        ImageView v = views.get(i);
        if (v != null) {
            v.setVisible(false);
        }
    }

    /** Removes every badge (a new run geometry). */
    void clear() {
        group.getChildren().clear();
        views.clear();
        keys.clear();
    }
}
