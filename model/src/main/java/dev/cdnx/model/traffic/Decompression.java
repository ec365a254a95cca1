package dev.cdnx.model.traffic;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a log or trace file, plain or compressed, by its first bytes rather than its name: gzip
 * ({@code 1f 8b}) and zstd ({@code 28 b5 2f fd}, decoded in pure Java by aircompressor) are unpacked
 * as they are read. {@link Counted#rawBytes()} tells how much of the file on disk has been read, for a
 * progress bar.
 */
public final class Decompression {

    private Decompression() {}

    /** What the file is packed with. */
    public enum Packing {
        PLAIN,
        GZIP,
        ZSTD
    }

    /** A stream of the unpacked bytes that counts the packed bytes read under it. */
    public static final class Counted extends FilterInputStream {
        private final CountingStream raw;
        private final Packing packing;

        private Counted(InputStream unpacked, CountingStream raw, Packing packing) {
            super(unpacked);
            this.raw = raw;
            this.packing = packing;
        }

        /** Bytes of the file read so far. */
        public long rawBytes() {
            return raw.count;
        }

        public Packing packing() {
            return packing;
        }
    }

    /**
     * Opens {@code file} for reading its unpacked bytes.
     *
     * @throws IOException with a message in words for a missing file or a folder
     */
    public static Counted open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a log file");
        }
        CountingStream raw = new CountingStream(Files.newInputStream(file));
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1f && (magic[1] & 0xFF) == 0x8b) {
            return new Counted(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), raw, Packing.GZIP);
        }
        if (magic.length == 4
                && (magic[0] & 0xFF) == 0x28
                && (magic[1] & 0xFF) == 0xb5
                && (magic[2] & 0xFF) == 0x2f
                && (magic[3] & 0xFF) == 0xfd) {
            return new Counted(new BufferedInputStream(new ZstdInputStream(in), 1 << 16), raw, Packing.ZSTD);
        }
        return new Counted(in, raw, Packing.PLAIN);
    }

    /** Counts the bytes that pass. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
