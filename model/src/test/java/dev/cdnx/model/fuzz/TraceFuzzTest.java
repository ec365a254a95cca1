package dev.cdnx.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdnx.model.trace.TraceFormat;
import dev.cdnx.model.trace.TraceReader;
import dev.cdnx.model.trace.Traces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Each trace reader on any bytes: it reads records or stops with an IOException in words; it never
 * throws anything else and never returns a record of size below 1.
 */
class TraceFuzzTest {

    private static final Path FILE = scratch();

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("cdnx-trace-fuzz");
            dir.toFile().deleteOnExit();
            Path f = dir.resolve("input");
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void oracleGeneral(byte[] data) throws IOException {
        readAll(data, TraceFormat.ORACLE_GENERAL);
    }

    @FuzzTest(maxDuration = "10m")
    void vscsi(byte[] data) throws IOException {
        readAll(data, TraceFormat.VSCSI);
    }

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] data) throws IOException {
        readAll(data, TraceFormat.CSV);
    }

    @FuzzTest(maxDuration = "10m")
    void txt(byte[] data) throws IOException {
        readAll(data, TraceFormat.TXT);
    }

    private static void readAll(byte[] data, TraceFormat format) throws IOException {
        Files.write(FILE, data);
        try (TraceReader r = Traces.open(FILE, format, null)) {
            while (r.next()) {
                if (r.size() < 1) {
                    throw new AssertionError("a record of size " + r.size());
                }
            }
        } catch (IOException e) {
            FuzzChecks.inWords(e.getMessage(), new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }
}
