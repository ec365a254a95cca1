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
 * flattened onto white first (GIF has no partial transparency), drawn in one shared palette
 * ({@link GifPalette}), and after the first only their changed pixels are opaque: ten seconds of a
 * run's map, where dots move over a still drawing, stay well under 2 MB. Plain Java; call it off the FX
 * thread.
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
        List<BufferedImage> rgb = frames.stream().map(GifWriter::opaque).toList();
        GifPalette palette = GifPalette.of(rgb);
        AtomicFiles.write(out, AtomicFiles.OverwriteCheck.ANY, o -> {
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(o)) {
                writer.setOutput(ios);
                writer.prepareWriteSequence(null);
                byte[] shown = null;
                boolean first = true;
                for (BufferedImage f : rgb) {
                    BufferedImage indexed = indexed(f, palette, shown);
                    shown = full(f, palette);
                    IIOMetadata meta = writer.getDefaultImageMetadata(
                            ImageTypeSpecifier.createFromRenderedImage(indexed), writer.getDefaultWriteParam());
                    configure(meta, delay, first);
                    colourTable(meta, palette.model());
                    writer.writeToSequence(new IIOImage(indexed, null, meta), null);
                    first = false;
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    /** Every pixel of {@code f} as its palette index. */
    private static byte[] full(BufferedImage f, GifPalette palette) {
        int w = f.getWidth();
        int[] px = f.getRGB(0, 0, w, f.getHeight(), null, 0, w);
        byte[] idx = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            idx[i] = palette.index(px[i]);
        }
        return idx;
    }

    /**
     * The frame in palette colours; where the picture on screen ({@code shown}, null for the first frame)
     * already has a pixel's colour, the pixel is transparent, so an unchanged map costs almost nothing.
     */
    private static BufferedImage indexed(BufferedImage f, GifPalette palette, byte[] shown) {
        byte[] idx = full(f, palette);
        if (shown != null && shown.length == idx.length) {
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] == shown[i]) {
                    idx[i] = (byte) GifPalette.TRANSPARENT;
                }
            }
        }
        BufferedImage out =
                new BufferedImage(f.getWidth(), f.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, palette.model());
        byte[] data = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(idx, 0, data, 0, idx.length);
        return out;
    }

    private static void configure(IIOMetadata meta, int delayHundredths, boolean loop) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        // each frame is drawn over the one before; its transparent pixels let that one show through
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", loop ? "FALSE" : "TRUE");
        gce.setAttribute("delayTime", Integer.toString(delayHundredths));
        gce.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
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

    /**
     * Names the frame's palette as its local colour table: without it ImageIO's writer falls back to a
     * table of its own for a sequence, and the indices come out in the wrong colours.
     */
    private static void colourTable(IIOMetadata meta, java.awt.image.IndexColorModel model) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(model.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < model.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(model.getRed(i)));
            entry.setAttribute("green", Integer.toString(model.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
            table.appendChild(entry);
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
