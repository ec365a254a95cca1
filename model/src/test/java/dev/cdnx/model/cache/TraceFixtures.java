package dev.cdnx.model.cache;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.trace.ArrayTraceReader;
import dev.cdnx.model.trace.TraceFormat;
import dev.cdnx.model.trace.TraceReader;
import dev.cdnx.model.trace.Traces;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The shared example traces loaded once into arrays (skipped when ../shared is absent, failed in CI). */
final class TraceFixtures {

    static final String CLOUD = "traces/cloudPhysicsIO.oracleGeneral.bin";
    static final String WEBCACHESIM = "traces/test.tr";

    private static final Map<String, long[][]> LOADED = new HashMap<>();

    private TraceFixtures() {}

    /** {ids, sizes} of the named shared trace. */
    static synchronized long[][] load(String relative) throws IOException {
        long[][] cached = LOADED.get(relative);
        if (cached != null) {
            return cached;
        }
        Path path = SharedData.require(relative);
        TraceFormat format = relative.endsWith(".bin") ? TraceFormat.ORACLE_GENERAL : TraceFormat.CSV;
        long[] ids = new long[1 << 10];
        long[] sizes = new long[1 << 10];
        int n = 0;
        try (TraceReader r = Traces.open(path, format, null)) {
            while (r.next()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                    sizes = Arrays.copyOf(sizes, n * 2);
                }
                ids[n] = r.id();
                sizes[n++] = r.size();
            }
        }
        long[][] result = {Arrays.copyOf(ids, n), Arrays.copyOf(sizes, n)};
        LOADED.put(relative, result);
        return result;
    }

    /** A reader over a loaded trace; unit sizes when {@code unit}. */
    static ArrayTraceReader reader(long[][] trace, boolean unit) {
        return new ArrayTraceReader(trace[0], unit ? null : trace[1]);
    }
}
