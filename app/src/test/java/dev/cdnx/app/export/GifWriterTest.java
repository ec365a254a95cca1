package dev.cdnx.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story GIF is a still map with a few moving dots: only the changed pixels are stored after the first
 * frame, in one palette, so 100 frames stay small, and the frames still show exactly what was recorded.
 */
class GifWriterTest {

    @TempDir
    Path dir;

    /** A map-like frame: bands of 150 shades (a busy still picture) and one dot at {@code x}. */
    private static BufferedImage frame(int x) {
        BufferedImage f = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = f.createGraphics();
        for (int y = 0; y < 300; y++) {
            for (int col = 0; col < 400; col += 8) {
                int shade = (col / 8 * 3 + y) % 150;
                g.setColor(new Color(90 + shade, 140 + shade / 2, 200));
                g.fillRect(col, y, 8, 1);
            }
        }
        g.setColor(new Color(213, 94, 0));
        g.fillRect(x, 140, 10, 10);
        g.dispose();
        return f;
    }

    @Test
    void aStillMapWithAMovingDotStaysSmallAndExact() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            frames.add(frame(20 + 3 * i));
        }
        Path out = dir.resolve("dot.gif");
        GifWriter.write(frames, 100, out);

        long size = Files.size(out);
        assertTrue(size < 150_000, "100 frames of a still picture with one moving dot take " + size + " bytes");
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(100, reader.getNumImages(true));
            // what a viewer shows: each frame drawn over the ones before
            BufferedImage shown = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = shown.createGraphics();
            for (int i = 0; i <= 60; i++) {
                g.drawImage(reader.read(i), 0, 0, null);
            }
            g.dispose();
            BufferedImage expected = frames.get(60);
            for (int y = 0; y < 300; y++) {
                for (int x = 0; x < 400; x++) {
                    assertEquals(expected.getRGB(x, y), shown.getRGB(x, y), "pixel " + x + "," + y + " of frame 60");
                }
            }
        }
    }
}
