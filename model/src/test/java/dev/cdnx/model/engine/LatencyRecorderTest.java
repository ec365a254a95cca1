package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Counting runs of equal latencies leaves the histogram exactly as recording each value would. */
class LatencyRecorderTest {

    @Test
    void runsOfEqualValuesGiveTheSameHistogramAsOneValueAtATime() {
        Histogram direct = new Histogram(3_600_000_000L, 3);
        LatencyRecorder recorder = new LatencyRecorder(new Histogram(3_600_000_000L, 3));
        SplittableRandom rng = new SplittableRandom(7);
        long[] usual = {41_250, 41_250, 41_250, 87_003, 1, 3_600_000_000L};
        for (int i = 0; i < 100_000; i++) {
            long v = rng.nextInt(4) == 0 ? 1 + rng.nextLong(3_600_000_000L) : usual[rng.nextInt(usual.length)];
            direct.recordValue(v);
            recorder.record(v);
            if (i % 9_973 == 0) {
                // Reading in the middle (a result before the end) flushes and goes on counting.
                assertEquals(direct.getTotalCount(), recorder.histogram().getTotalCount());
            }
        }
        Histogram counted = recorder.histogram();
        assertEquals(direct, counted, "same counts in every bucket");
        assertEquals(direct.getTotalCount(), counted.getTotalCount());
        assertEquals(direct.getMinValue(), counted.getMinValue());
        assertEquals(direct.getMaxValue(), counted.getMaxValue());
        assertEquals(direct.getMean(), counted.getMean(), 0.0);
        assertEquals(direct.getValueAtPercentile(99), counted.getValueAtPercentile(99));
    }
}
