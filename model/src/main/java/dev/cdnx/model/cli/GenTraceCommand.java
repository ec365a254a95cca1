package dev.cdnx.model.cli;

import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.trace.TraceFormat;
import dev.cdnx.model.trace.ZipfGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cdnx gen-trace}: writes a synthetic Zipf trace ({@link ZipfGenerator}, unit sizes) for benchmarks,
 * as oracleGeneral (time = request index, size 1, next access computed when the trace has fewer than
 * 2^31 requests, else -1) or as txt (one id per line, each ending in a newline, which reproduces the
 * SHA-256 sums in {@code shared/traces/README.md}). Exit 2 for bad numbers, 1 if the file cannot be
 * written or is not a trace (without {@code --force}).
 */
@Command(
        name = "gen-trace",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic Zipf trace (unit sizes) for benchmarks and tests.")
public final class GenTraceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--objects",
            defaultValue = "1000000",
            description = "Distinct objects M (default ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--requests", defaultValue = "10000000", description = "Requests N (default ${DEFAULT-VALUE}).")
    long requests;

    @Option(names = "--alpha", defaultValue = "1.0", description = "Zipf exponent (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--format",
            defaultValue = "oracleGeneral",
            description = "oracleGeneral or txt (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE even when it does not look like a trace.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (requests < 0) {
            throw new Cdnx.UsageException("--requests must be >= 0, got " + requests);
        }
        TraceFormat f;
        ZipfGenerator zipf;
        try {
            f = TraceFormat.parse(format);
            zipf = new ZipfGenerator(objects, alpha, seed);
        } catch (IllegalArgumentException e) {
            throw new Cdnx.UsageException(e.getMessage());
        }
        if (f != TraceFormat.ORACLE_GENERAL && f != TraceFormat.TXT) {
            throw new Cdnx.UsageException("gen-trace writes oracleGeneral or txt, not " + f.label());
        }
        long started = System.nanoTime();
        if (f == TraceFormat.TXT) {
            writeTxt(zipf);
        } else {
            writeOracleGeneral(zipf);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %,d requests over %,d objects (alpha %s, seed %d) to %s as %s in %.1f s%n",
                        requests, objects, alpha, seed, out, f.label(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /**
     * Writes through {@link AtomicFiles}: the trace goes to a temporary file and replaces FILE only when
     * complete, so a full disk or a kill leaves what was there before. A FILE that is not a trace (a
     * scenario, say) is only replaced with {@code --force}.
     */
    private void write(AtomicFiles.Content content) throws IOException {
        AtomicFiles.OverwriteCheck check = force
                ? AtomicFiles.OverwriteCheck.ANY
                : existing -> TraceFileCheck.looksLikeTrace(existing)
                        ? null
                        : existing
                                + " exists and does not look like a trace; choose another --out or add --force to replace it";
        AtomicFiles.write(out, check, content);
    }

    private void writeTxt(ZipfGenerator zipf) throws IOException {
        write(os -> {
            for (long i = 0; i < requests; i++) {
                os.write(Long.toString(zipf.nextId()).getBytes(StandardCharsets.US_ASCII));
                os.write('\n');
            }
        });
    }

    private void writeOracleGeneral(ZipfGenerator zipf) throws IOException {
        boolean withNext = requests < Integer.MAX_VALUE - 8;
        int[] ids = null;
        int[] nextAccess = null;
        if (withNext) {
            int n = (int) requests;
            ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = (int) zipf.nextId();
            }
            nextAccess = new int[n];
            int[] seenAt = new int[objects + 1];
            for (int i = n - 1; i >= 0; i--) {
                nextAccess[i] = seenAt[ids[i]];
                seenAt[ids[i]] = i + 1;
            }
        }
        int[] knownIds = ids;
        int[] knownNext = nextAccess;
        write(os -> {
            ByteBuffer buf = ByteBuffer.allocate(24 * 65536).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < requests; i++) {
                long id = withNext ? knownIds[(int) i] : zipf.nextId();
                long next = withNext && knownNext[(int) i] != 0 ? knownNext[(int) i] : -1;
                buf.putInt((int) i).putLong(id).putInt(1).putLong(next);
                if (!buf.hasRemaining()) {
                    flush(os, buf);
                }
            }
            flush(os, buf);
        });
    }

    private static void flush(OutputStream os, ByteBuffer buf) throws IOException {
        os.write(buf.array(), buf.arrayOffset(), buf.position());
        buf.clear();
    }
}
