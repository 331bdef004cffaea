package org.ddf.core.io;

import java.time.Duration;
import java.time.Instant;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.SampleInterval;

/**
 * Aggregates counters to a coarser regular interval (e.g. 5 minutes to one hour). Steps are aligned to multiples
 * of the target since the epoch (whole hours for hourly) and stamped with their start; a step without any sample of
 * a link is NaN for that link.
 */
public final class IntervalAggregator {

    private IntervalAggregator() {
    }

    /**
     * Aggregates.
     *
     * @param counters counters on a regular grid with at least two rows
     * @param target the coarser interval, a whole number of seconds and a multiple of the current interval
     * @param aggregation mean or sum
     * @return counters at the target interval, from the step holding the first row to the one holding the last
     * @throws IllegalArgumentException when the target is not a multiple of the current interval
     */
    public static LinkCounters aggregate(LinkCounters counters, Duration target, Aggregation aggregation) {
        Duration source = SampleInterval.of(counters.timestamps());
        long targetSeconds = target.getSeconds();
        if (target.getNano() != 0 || targetSeconds <= 0 || source.isZero()
                || target.toNanos() % source.toNanos() != 0) {
            throw new IllegalArgumentException("target interval " + target + " is not a positive multiple of the data interval " + source);
        }
        double perStep = (double) target.toNanos() / source.toNanos();
        Instant[] times = counters.timestamps();
        long first = bucketStart(times[0], targetSeconds);
        int size = (int) ((bucketStart(times[times.length - 1], targetSeconds) - first) / targetSeconds) + 1;
        int width = counters.channels();
        double[][] sums = new double[size][width];
        int[][] present = new int[size][width];
        for (int t = 0; t < times.length; t++) {
            int b = (int) ((bucketStart(times[t], targetSeconds) - first) / targetSeconds);
            double[] row = counters.values()[t];
            for (int c = 0; c < width; c++) {
                if (!Double.isNaN(row[c])) {
                    sums[b][c] += row[c];
                    present[b][c]++;
                }
            }
        }
        Instant[] outTimes = new Instant[size];
        double[][] out = new double[size][width];
        for (int b = 0; b < size; b++) {
            outTimes[b] = Instant.ofEpochSecond(first + b * targetSeconds);
            for (int c = 0; c < width; c++) {
                double mean = present[b][c] == 0 ? Double.NaN : sums[b][c] / present[b][c];
                out[b][c] = aggregation == Aggregation.SUM ? mean * perStep : mean;
            }
        }
        return new LinkCounters(counters.links(), outTimes, out);
    }

    private static long bucketStart(Instant t, long targetSeconds) {
        return Math.floorDiv(t.getEpochSecond(), targetSeconds) * targetSeconds;
    }
}
