package dev.cdnx.model.traffic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Times imports of generated CloudFront and nginx logs: lines a second and the most heap in use while
 * importing (sampled at each progress report). The logs are written once into a folder and reused, so
 * a second run measures reading only. Besides the wall-clock rate it reports the rate by the importing
 * thread's CPU time, which a loaded machine disturbs less. Objects are drawn uniformly from a fixed catalog, so memory is
 * bounded by the catalog whatever the number of lines. Reads the wall clock: a benchmark, not a test.
 */
public final class ImportBench {

    /** One format's figures. */
    public record Figures(
            String format,
            long lines,
            long fileBytes,
            double[] seconds,
            double bestLinesPerSecond,
            double bestCpuLinesPerSecond,
            long peakHeapBytes,
            long objects) {}

    private ImportBench() {}

    /** Writes (if absent) and imports a log of {@code lines} lines in {@code format}, {@code passes} times. */
    public static Figures run(LogFormat format, long lines, int catalog, int passes, Path dir) throws IOException {
        Path file = dir.resolve("bench-" + format.label() + "-" + lines + ".log");
        if (!Files.exists(file)) {
            write(file, format, lines, catalog);
        }
        double[] seconds = new double[passes];
        long[] peak = {0};
        Runtime rt = Runtime.getRuntime();
        ImportListener sampler = new ImportListener() {
            @Override
            public void progress(long l, long read, long total) {
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            }
        };
        Workload w = null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int p = 0; p < passes; p++) {
            System.gc();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            w = TrafficImport.run(file, ImportOptions.AUTO.withFormat(format), sampler);
            seconds[p] = (System.nanoTime() - start) / 1e9;
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        double best = Double.POSITIVE_INFINITY;
        for (double s : seconds) {
            best = Math.min(best, s);
        }
        return new Figures(
                format.label(),
                w.requests,
                Files.size(file),
                seconds,
                lines / best,
                lines / bestCpu,
                peak[0],
                w.objects);
    }

    private static void write(Path file, LogFormat format, long lines, int catalog) throws IOException {
        String[] edges = {"IAD89-C1", "LHR61-P2", "NRT12-C3", "GRU3-C1", "FRA56-P4", "SIN2-C1"};
        SplittableRandom rng = new SplittableRandom(1);
        long start = 1_772_323_200L;
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (format == LogFormat.CLOUDFRONT) {
                w.write("#Version: 1.0\n#Fields: " + CloudFrontParser.DEFAULT_FIELDS + "\n");
            }
            StringBuilder b = new StringBuilder(512);
            for (long i = 0; i < lines; i++) {
                int o = rng.nextInt(catalog);
                long t = start + i / 200;
                boolean hit = rng.nextInt(10) < 9;
                b.setLength(0);
                if (format == LogFormat.CLOUDFRONT) {
                    java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(t, 0, java.time.ZoneOffset.UTC);
                    b.append(d.toLocalDate())
                            .append('\t')
                            .append(String.format("%02d:%02d:%02d", d.getHour(), d.getMinute(), d.getSecond()))
                            .append('\t')
                            .append(edges[(int) (i % edges.length)])
                            .append('\t')
                            .append(1000 + o % 50_000)
                            .append("\t192.0.2.1\tGET\td1.cloudfront.net\t/img/")
                            .append(o)
                            .append(".jpg\t200\t-\tMozilla/5.0%20(X11)\t-\t-\t")
                            .append(hit ? "Hit" : "Miss")
                            .append("\tR")
                            .append(i)
                            .append("\texample.com\thttps\t300\t0.002\t-\tTLSv1.3\t")
                            .append("TLS_AES_128_GCM_SHA256\t")
                            .append(hit ? "Hit" : "Miss")
                            .append("\tHTTP/2.0\t-\t-\t443\t0.002\t")
                            .append(hit ? "Hit" : "Miss")
                            .append("\timage/jpeg\t")
                            .append(1000 + o % 50_000)
                            .append("\t-\t-");
                } else {
                    b.append("198.51.100.7 - - [01/Mar/2026:00:00:")
                            .append(String.format("%02d", (i / 200) % 60))
                            .append(" +0000] \"GET /img/")
                            .append(o)
                            .append(".jpg HTTP/1.1\" 200 ")
                            .append(1000 + o % 50_000)
                            .append(" \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\" ")
                            .append(hit ? "HIT" : "MISS")
                            .append(" 0.004");
                }
                b.append('\n');
                w.append(b);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
