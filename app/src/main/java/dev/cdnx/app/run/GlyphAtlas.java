package dev.cdnx.app.run;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The glyphs of one font as coverage masks, rasterised once by JavaFX (one snapshot of every character the
 * counters use) so that the counters' text can be written into pixel sprites without a canvas: a canvas
 * the size of the drawing, redrawn with every cache's figures ten times a second, cost the render thread
 * more than the dots. Characters outside the set are written as spaces. FX thread only (snapshots).
 */
final class GlyphAtlas {

    /** Digits, the grouping separators of the common locales, and the letters of the counters' words. */
    static final String CHARS = "0123456789,.'/%()-:\u00a0\u202f abcdefghijklmnopqrstuvwxyz";

    final Font font;
    /** Height of a line in pixels (every mask is this tall). */
    final int lineHeight;

    private final int cell;
    private final int[] advance = new int[CHARS.length()];
    /** Coverage 0–255 per pixel, character after character, each {@code cell × lineHeight}. */
    private final byte[] masks;

    GlyphAtlas(Font font) {
        this.font = font;
        Group row = new Group();
        Text probe = new Text("Hg");
        probe.setFont(font);
        lineHeight = (int) Math.ceil(probe.getLayoutBounds().getHeight());
        int widest = 1;
        for (int i = 0; i < CHARS.length(); i++) {
            Text t = new Text(String.valueOf(CHARS.charAt(i)));
            t.setFont(font);
            t.setTextOrigin(VPos.TOP);
            t.setFill(Color.BLACK);
            double w = t.getLayoutBounds().getWidth();
            advance[i] = Math.max(1, (int) Math.round(w));
            widest = Math.max(widest, (int) Math.ceil(w));
            row.getChildren().add(t);
        }
        cell = widest + 2;
        for (int i = 0; i < CHARS.length(); i++) {
            row.getChildren().get(i).setLayoutX(i * cell + 1);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        p.setViewport(new Rectangle2D(0, 0, CHARS.length() * cell, lineHeight));
        WritableImage img = row.snapshot(p, null);
        PixelReader r = img.getPixelReader();
        masks = new byte[CHARS.length() * cell * lineHeight];
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        for (int i = 0; i < CHARS.length(); i++) {
            for (int y = 0; y < Math.min(h, lineHeight); y++) {
                for (int x = 0; x < cell; x++) {
                    int sx = i * cell + x;
                    if (sx < w) {
                        masks[(i * lineHeight + y) * cell + x] = (byte) (r.getArgb(sx, y) >>> 24);
                    }
                }
            }
        }
    }

    /** The width of {@code s} in pixels, as {@link #draw} writes it. */
    int width(String s) {
        int w = 0;
        for (int k = 0; k < s.length(); k++) {
            w += advance[index(s.charAt(k))];
        }
        return w;
    }

    /** The width of a glyph's mask: a glyph written at pen position x inks columns x - 1 to x + cell - 2. */
    int cellWidth() {
        return cell;
    }

    /** Writes {@code s} into a sprite with its top-left corner at (x, y), in premultiplied {@code argb}. */
    void draw(Sprite into, String s, int x, int y, int argb) {
        int pen = x;
        for (int k = 0; k < s.length(); k++) {
            int i = index(s.charAt(k));
            boolean inside = pen + cell - 1 > 0 && pen - 1 < into.width && y + lineHeight > 0 && y < into.height;
            if (inside && CHARS.charAt(i) != ' ') {
                for (int gy = 0; gy < lineHeight; gy++) {
                    int row = (i * lineHeight + gy) * cell;
                    for (int gx = 0; gx < cell; gx++) {
                        int cov = masks[row + gx] & 0xFF;
                        if (cov != 0) {
                            into.blend(pen + gx - 1, y + gy, argb, cov);
                        }
                    }
                }
            }
            pen += advance[i];
        }
    }

    /**
     * Each character's place in {@link #CHARS} (spaces for the rest), looked up rather than searched: every
     * chip's width is measured at every check of the figures, and the search was most of that.
     */
    private static final int[] INDEX = new int[0x2130];

    static {
        int space = CHARS.indexOf(' ');
        for (int c = 0; c < INDEX.length; c++) {
            int i = CHARS.indexOf(Character.toLowerCase((char) c));
            INDEX[c] = i < 0 ? space : i;
        }
    }

    private static int index(char c) {
        return c < INDEX.length ? INDEX[c] : INDEX[' '];
    }
}
