package dev.cdnx.model.traffic;

/**
 * Fits a Zipf exponent α to request counts per object. Least squares of log(count) on log(rank) over the
 * ranks whose count is at least {@link #MIN_COUNT}: below that, counts of 1 and 2 are dominated by chance
 * (which object got its single request) and flatten the tail, pulling α down. Fewer than three usable
 * ranks give α = 0 (too little to tell popularity from chance).
 */
public final class ZipfFit {

    /** Ranks with fewer requests than this are left out of the fit. */
    public static final int MIN_COUNT = 5;

    private ZipfFit() {
    }

    /** α for counts sorted from the most requested object down. */
    public static double alpha(int[] descending) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < descending.length && descending[i] >= MIN_COUNT; i++) {
            double x = Math.log(i + 1);
            double y = Math.log(descending[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            n++;
        }
        if (n < 3) {
            return 0;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return Math.max(0, -slope);
    }
}
