package org.ddf.core.flow.cluster;

import java.util.Arrays;

/** Percentile with linear interpolation between order statistics (Hyndman–Fan type 7, numpy's default). */
public final class Percentile {

    private Percentile() {
    }

    /**
     * The {@code p}-th percentile of {@code values}.
     *
     * @param values at least one number; not modified
     * @param p percentile in [0, 100]
     */
    public static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
