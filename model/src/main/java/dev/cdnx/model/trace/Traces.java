package dev.cdnx.model.trace;

import dev.cdnx.model.cache.LongIntIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens trace readers by format and measures a trace's working set. A missing or unreadable file gives
 * an {@link IOException} whose message says so in words.
 */
public final class Traces {

    private Traces() {}

    /** A reader for {@code path} in {@code format}; {@code options} may be null for the defaults. */
    public static TraceReader open(Path path, TraceFormat format, TraceOptions options) throws IOException {
        TraceOptions o = options == null ? TraceOptions.DEFAULT : options;
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such trace file");
        }
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a folder, not a trace file");
        }
        return switch (format) {
            case ORACLE_GENERAL ->
                new BinaryTraceReader(path, BinaryTraceReader.Layout.ORACLE_GENERAL, o.skipBadLines());
            case VSCSI -> new BinaryTraceReader(path, BinaryTraceReader.Layout.VSCSI, o.skipBadLines());
            case CSV -> new TextTraceReader(path, false, o);
            case TXT -> new TextTraceReader(path, true, o);
        };
    }

    /**
     * The working set as libCacheSim computes it: the sum over distinct objects of the size of each
     * object's first request (with {@code ignoreSize}, the number of distinct objects). Reads the
     * reader to its end; an empty trace gives 0.
     */
    public static WorkingSet workingSet(TraceReader reader, boolean ignoreSize) throws IOException {
        LongIntIndex seen = new LongIntIndex(1 << 16);
        long bytes = 0;
        long requests = 0;
        while (reader.next()) {
            requests++;
            long id = reader.id();
            if (seen.get(id) < 0) {
                seen.put(id, 0);
                bytes += ignoreSize ? 1 : reader.size();
            }
        }
        return new WorkingSet(requests, seen.size(), bytes);
    }

    /** What {@link #workingSet} found: requests read, distinct objects, and first-seen bytes. */
    public record WorkingSet(long requests, long objects, long bytes) {}
}
