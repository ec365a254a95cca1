package dev.cdnx.model.trace;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads libCacheSim's fixed-size binary records through memory-mapped windows of up to 1 GiB, so any
 * file size works; records are copied in bulk batches into an int array and decoded there, so nothing is
 * allocated per record.
 *
 * <p>Edges: an empty file is an empty trace. A file whose length is not a whole number of records is
 * refused when opened (truncated, or another format), unless bad records are skipped; then the partial
 * record at the end is ignored and counted. A vscsi file whose first record does not say version 1
 * ({@code 0x0100}) is refused.
 */
public final class BinaryTraceReader extends RecordFields {

    /** Record layouts. */
    public enum Layout {
        /** uint32 ts, uint64 id, uint32 size, int64 next_access_vtime. */
        ORACLE_GENERAL(24, "oracleGeneral"),
        /** uint32 sn, uint32 len, uint32 nSG, uint16 cmd, uint16 ver, uint64 lbn, uint64 ts (µs). */
        VSCSI(32, "vscsi");

        final int recordBytes;
        final String label;

        Layout(int recordBytes, String label) {
            this.recordBytes = recordBytes;
            this.label = label;
        }
    }

    private static final long WINDOW = 1L << 30;
    /** Records copied at a time from the mapped window into {@link #ints}. */
    private static final int BATCH = 1 << 14;

    private final Path path;
    private final Layout layout;
    private final FileChannel channel;
    private final long records;
    private final long windowRecords;
    private final int rec;
    private long nextRecord;
    private java.nio.IntBuffer window;
    private final int intsPerRecord;
    private final int[] ints;
    private int pos;
    private int limit;

    /** Opens {@code path}; see the class comment for the files refused here. */
    public BinaryTraceReader(Path path, Layout layout, boolean skipBadRecords) throws IOException {
        this.path = path;
        this.layout = layout;
        this.rec = layout.recordBytes;
        this.intsPerRecord = rec / 4;
        this.ints = new int[BATCH * intsPerRecord];
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            long bytes = channel.size();
            long rest = bytes % rec;
            records = bytes / rec;
            if (rest != 0) {
                if (!skipBadRecords) {
                    throw new TraceFormatException(String.format(
                            "%s: %,d bytes is not a whole number of %d-byte %s records (%d bytes left after record %,d);"
                                    + " the file is truncated or not in %s format. Check --format, or pass"
                                    + " --skip-bad-lines to ignore the partial record.",
                            path, bytes, rec, layout.label, rest, records, layout.label));
                }
                skipped = 1;
            }
            windowRecords = WINDOW / rec;
            if (layout == Layout.VSCSI && records > 0) {
                MappedByteBuffer first = channel.map(FileChannel.MapMode.READ_ONLY, 0, rec);
                first.order(ByteOrder.LITTLE_ENDIAN);
                int version = first.getShort(14) & 0xFFFF;
                if (version != 0x0100) {
                    throw new TraceFormatException(String.format(
                            "%s: record 1 has vscsi version field 0x%04x, not 0x0100; only vscsi version 1"
                                    + " is read. Check --format (is it oracleGeneral?).",
                            path, version));
                }
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Number of whole records in the file, zero-size ones included. */
    public long recordCount() {
        return records;
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            if (pos >= limit && !refill()) {
                return false;
            }
            int[] a = ints;
            int p = pos;
            pos = p + intsPerRecord;
            // all fields are 4-byte aligned, so records are decoded from ints copied in bulk
            if (layout == Layout.ORACLE_GENERAL) {
                time = a[p] & 0xFFFFFFFFL;
                id = (a[p + 1] & 0xFFFFFFFFL) | ((long) a[p + 2] << 32);
                size = a[p + 3] & 0xFFFFFFFFL;
            } else {
                size = a[p + 1] & 0xFFFFFFFFL;
                id = (a[p + 4] & 0xFFFFFFFFL) | ((long) a[p + 5] << 32);
                time = Long.divideUnsigned((a[p + 6] & 0xFFFFFFFFL) | ((long) a[p + 7] << 32), 1_000_000L);
            }
            if (size != 0) {
                return true;
            }
        }
    }

    private boolean refill() throws IOException {
        if (window == null || !window.hasRemaining()) {
            if (!mapNext()) {
                return false;
            }
        }
        int n = Math.min(window.remaining(), ints.length);
        window.get(ints, 0, n);
        pos = 0;
        limit = n;
        return true;
    }

    private boolean mapNext() throws IOException {
        if (nextRecord >= records) {
            return false;
        }
        long n = Math.min(windowRecords, records - nextRecord);
        MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, nextRecord * rec, n * rec);
        window = mapped.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        nextRecord += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        window = null;
        channel.close();
    }

    @Override
    public String toString() {
        return layout.label + " trace " + path;
    }
}
