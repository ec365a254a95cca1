package dev.cdnx.app.export;

import dev.cdnx.model.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The canvas as a PNG: a snapshot of the content cropped to what is drawn (the union of the visible
 * children's bounds, not the size of the pane) plus a {@link #MARGIN}. Snapshots happen on the FX thread;
 * {@link #write} must be called there (encoding a canvas-sized PNG takes milliseconds).
 */
public final class PngExport {

    /** Pixels kept around the content on every side. */
    public static final double MARGIN = 16;

    private PngExport() {}

    /**
     * Writes the content as a PNG, transparent or on {@code background} (white when null).
     *
     * @return the size of the image written, in pixels
     * @throws IllegalStateException when there is nothing drawn
     */
    public static Rectangle2D write(Node content, Path out, boolean transparent, Color background) throws IOException {
        WritableImage image = snapshot(content, transparent, background);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(out, AtomicFiles.OverwriteCheck.ANY, o -> {
            if (!ImageIO.write(buffered, "png", o)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
        return new Rectangle2D(0, 0, buffered.getWidth(), buffered.getHeight());
    }

    /**
     * Writes the part of {@code content} inside {@code crop} (its own coordinates; null for all that is
     * drawn) plus the margin, with {@code hidden} nodes left out of the picture (they are shown again
     * after).
     */
    public static Rectangle2D write(
            Node content, Bounds crop, List<Node> hidden, Path out, boolean transparent, Color background)
            throws IOException {
        // Left out by opacity, not visibility: a key's visibility may be bound (the legend folds away on a
        // small canvas), and setting a bound property throws.
        List<Node> wereVisible = hidden.stream().filter(Node::isVisible).toList();
        double[] opacity = wereVisible.stream().mapToDouble(Node::getOpacity).toArray();
        wereVisible.forEach(n -> n.setOpacity(0));
        WritableImage image;
        try {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(transparent ? Color.TRANSPARENT : background == null ? Color.WHITE : background);
            p.setViewport(crop == null ? viewport(content) : viewport(content, crop));
            image = content.snapshot(p, null);
        } finally {
            for (int i = 0; i < wereVisible.size(); i++) {
                wereVisible.get(i).setOpacity(opacity[i]);
            }
        }
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(out, AtomicFiles.OverwriteCheck.ANY, o -> {
            if (!ImageIO.write(buffered, "png", o)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
        return new Rectangle2D(0, 0, buffered.getWidth(), buffered.getHeight());
    }

    /**
     * The crop in the parent's coordinates: {@code crop} (in the content's own) plus the margin, inside
     * what the content shows, whole pixels.
     */
    static Rectangle2D viewport(Node content, Bounds crop) {
        if (crop == null || crop.isEmpty()) {
            throw new IllegalStateException("there is nothing on the canvas to export");
        }
        Bounds shown = content.getLayoutBounds();
        double minX = Math.max(shown.getMinX(), crop.getMinX() - MARGIN);
        double minY = Math.max(shown.getMinY(), crop.getMinY() - MARGIN);
        double maxX = Math.min(shown.getMaxX(), crop.getMaxX() + MARGIN);
        double maxY = Math.min(shown.getMaxY(), crop.getMaxY() + MARGIN);
        if (maxX <= minX || maxY <= minY) {
            throw new IllegalStateException("the drawing is outside the view: zoom to fit (Ctrl+0) and export again");
        }
        Bounds inParent = content.localToParent(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        double x = Math.floor(inParent.getMinX());
        double y = Math.floor(inParent.getMinY());
        return new Rectangle2D(x, y, Math.ceil(inParent.getMaxX()) - x, Math.ceil(inParent.getMaxY()) - y);
    }

    /** The cropped snapshot (FX thread). */
    public static WritableImage snapshot(Node content, boolean transparent, Color background) {
        Rectangle2D viewport = viewport(content);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(transparent ? Color.TRANSPARENT : background == null ? Color.WHITE : background);
        p.setViewport(viewport);
        return content.snapshot(p, null);
    }

    /** The area to render, in the coordinates of the content's parent: content bounds plus the margin, whole pixels. */
    public static Rectangle2D viewport(Node content) {
        Bounds b = contentBounds(content);
        if (b == null || b.isEmpty()) {
            throw new IllegalStateException("there is nothing on the canvas to export");
        }
        double x = Math.floor(b.getMinX() - MARGIN);
        double y = Math.floor(b.getMinY() - MARGIN);
        double w = Math.ceil(b.getMaxX() + MARGIN) - x;
        double h = Math.ceil(b.getMaxY() + MARGIN) - y;
        return new Rectangle2D(x, y, w, h);
    }

    /** What is drawn, in the content's parent's coordinates: for a parent, the union of its visible children. */
    static Bounds contentBounds(Node content) {
        if (!(content instanceof Parent parent)
                || parent.getChildrenUnmodifiable().isEmpty()) {
            return content.getBoundsInParent();
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (!c.isVisible()) {
                continue;
            }
            Bounds cb = c.getBoundsInParent();
            if (cb.isEmpty()) {
                continue;
            }
            minX = Math.min(minX, cb.getMinX());
            minY = Math.min(minY, cb.getMinY());
            maxX = Math.max(maxX, cb.getMaxX());
            maxY = Math.max(maxY, cb.getMaxY());
        }
        if (minX > maxX) {
            return null;
        }
        return content.localToParent(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }
}
