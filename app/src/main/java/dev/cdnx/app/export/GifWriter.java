package dev.cdnx.app.export;

import dev.cdnx.model.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes frames as an animated GIF with ImageIO's GIF writer: each frame gets a graphic-control
 * extension with its delay, the first one the NETSCAPE2.0 extension that loops forever. Frames are
 * flattened onto white first (GIF has no partial transparency). Plain Java; call it off the FX thread.
 */
public final class GifWriter {

    private GifWriter() {}

    /** Writes the frames; {@code delayMillis} is rounded to GIF's hundredths of a second (at least 2). */
    public static void write(List<BufferedImage> frames, int delayMillis, Path out) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("there are no frames to write");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        ImageWriter writer = writers.next();
        int delay = Math.max(2, Math.round(delayMillis / 10f));
        AtomicFiles.write(out, AtomicFiles.OverwriteCheck.ANY, o -> {
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(o)) {
                writer.setOutput(ios);
                writer.prepareWriteSequence(null);
                boolean first = true;
                for (BufferedImage f : frames) {
                    BufferedImage rgb = opaque(f);
                    IIOMetadata meta = writer.getDefaultImageMetadata(
                            ImageTypeSpecifier.createFromRenderedImage(rgb), writer.getDefaultWriteParam());
                    configure(meta, delay, first);
                    writer.writeToSequence(new IIOImage(rgb, null, meta), null);
                    first = false;
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static void configure(IIOMetadata meta, int delayHundredths, boolean loop) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayHundredths));
        gce.setAttribute("transparentColorIndex", "0");
        if (loop) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    private static BufferedImage opaque(BufferedImage f) {
        if (f.getType() == BufferedImage.TYPE_INT_RGB) {
            return f;
        }
        BufferedImage rgb = new BufferedImage(f.getWidth(), f.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, f.getWidth(), f.getHeight());
        g.drawImage(f, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
