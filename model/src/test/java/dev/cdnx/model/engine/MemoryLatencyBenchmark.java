package dev.cdnx.model.engine;

import java.util.SplittableRandom;

/**
 * What one random read from main memory costs on this machine: a pointer chase through one random cycle
 * over a 256 MB array, one cache line per step, so every read waits for the one before (and misses the
 * processor's caches and, with 4 KB pages, its address cache). The engine's working set on the large
 * scenario is of that size; docs/performance.md uses the figure to bound what a request can cost.
 *
 * <p>Not a test: run it by hand (docs/performance.md has the command); the argument is the array size in
 * MB (default 256).
 */
public final class MemoryLatencyBenchmark {

    private static final int INTS_PER_LINE = 16;

    private MemoryLatencyBenchmark() {}

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int[] next = randomCycle(megabytes * (1 << 20) / Integer.BYTES);
        for (int pass = 0; pass < 5; pass++) {
            int at = 0;
            int steps = 10_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                at = next[at];
            }
            double ns = (System.nanoTime() - start) / (double) steps;
            // Printing where the chase ended keeps the compiler from dropping the loop.
            System.out.printf("%d MB: %.1f ns per dependent read (ended at %d)%n", megabytes, ns, at);
        }
    }

    /** One cycle through every line of an array of {@code ints} ints, in random order (Sattolo). */
    private static int[] randomCycle(int ints) {
        int lines = ints / INTS_PER_LINE;
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = lines - 1; i > 0; i--) {
            int j = rng.nextInt(i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] next = new int[ints];
        for (int i = 0; i < lines; i++) {
            next[order[i] * INTS_PER_LINE] = order[(i + 1) % lines] * INTS_PER_LINE;
        }
        return next;
    }
}
