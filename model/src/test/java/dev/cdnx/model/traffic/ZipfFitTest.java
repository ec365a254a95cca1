package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.trace.ZipfGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The α fitted to a generated log is within 0.05 of the α the generator drew it with. */
class ZipfFitTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"0.6, 1", "0.8, 2", "0.9, 3", "1.0, 4", "1.2, 5"})
    void fittedAlphaOfAGeneratedLog(double alpha, long seed) throws IOException {
        SyntheticLogs gen = new SyntheticLogs(5000, 1000, alpha, seed);
        Path f = gen.write(dir.resolve("a.log"), null, SyntheticLogs.NGINX);
        Workload w = TrafficImport.run(f, ImportOptions.AUTO, ImportListener.NONE);
        assertEquals(alpha, w.zipfAlpha, 0.05);
    }

    @ParameterizedTest
    @CsvSource({"0.5", "0.7", "0.9", "1.1"})
    void fittedAlphaOfCountsAlone(double alpha) {
        int objects = 20_000;
        int[] counts = new int[objects];
        ZipfGenerator z = new ZipfGenerator(objects, alpha, 11);
        for (int i = 0; i < 200_000; i++) {
            counts[(int) z.nextId() - 1]++;
        }
        Arrays.sort(counts);
        int[] desc = new int[objects];
        for (int i = 0; i < objects; i++) {
            desc[i] = counts[objects - 1 - i];
        }
        assertEquals(alpha, ZipfFit.alpha(desc), 0.05);
    }
}
