package dev.cdnx.model.traffic;

import java.io.IOException;

/**
 * libCacheSim's oracleGeneral records from a plain, gzip or zstd file: 24 bytes each, little-endian
 * {@code uint32 time, uint64 id, uint32 size, int64 next access}. A record of size 0 is skipped, as
 * libCacheSim does; a cut-off last record is a bad record.
 */
final class OracleGeneralSource implements RecordSource {

    private static final int RECORD = 24;
    private final Decompression.Counted in;
    private final BadLines bad;
    private final byte[] buf = new byte[RECORD * 4096];
    private int pos;
    private int limit;
    private long records;

    OracleGeneralSource(Decompression.Counted in, BadLines bad) {
        this.in = in;
        this.bad = bad;
    }

    @Override
    public boolean next(LogRecord r) throws IOException {
        while (true) {
            if (limit - pos < RECORD && !refill()) {
                return false;
            }
            records++;
            long time = intAt(pos) & 0xFFFFFFFFL;
            long id = (intAt(pos + 4) & 0xFFFFFFFFL) | (long) intAt(pos + 8) << 32;
            long size = intAt(pos + 12) & 0xFFFFFFFFL;
            pos += RECORD;
            if (size == 0) {
                continue;
            }
            r.clear();
            r.time = time;
            r.key = id;
            r.bytes = size;
            r.contentClass = ContentClasses.OTHER;
            return true;
        }
    }

    private boolean refill() throws IOException {
        int left = limit - pos;
        System.arraycopy(buf, pos, buf, 0, left);
        pos = 0;
        limit = left;
        int n;
        while (limit < buf.length && (n = in.read(buf, limit, buf.length - limit)) > 0) {
            limit += n;
        }
        if (limit - pos < RECORD) {
            if (limit > pos) {
                bad.add(records + 1, "the file ends inside a record (" + (limit - pos) + " of 24 bytes)", "");
                pos = limit;
            }
            return false;
        }
        return true;
    }

    private int intAt(int i) {
        return (buf[i] & 0xFF) | (buf[i + 1] & 0xFF) << 8 | (buf[i + 2] & 0xFF) << 16 | (buf[i + 3] & 0xFF) << 24;
    }

    @Override
    public long lines() {
        return records;
    }

    @Override
    public long rawBytes() {
        return in.rawBytes();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
