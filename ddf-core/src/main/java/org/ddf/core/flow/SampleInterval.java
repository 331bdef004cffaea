package org.ddf.core.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Finds the regular sampling interval of a time series: the most common difference between neighbours. */
public final class SampleInterval {

    private SampleInterval() {
    }

    /**
     * The most common positive difference between consecutive timestamps; a tie goes to the shorter one.
     * The mode, not the minimum, so that one stray early sample does not set the grid.
     *
     * @param timestamps strictly increasing times, at least two
     * @return the detected interval
     * @throws IllegalArgumentException with fewer than two timestamps or when they are not strictly increasing
     */
    public static Duration of(Instant[] timestamps) {
        if (timestamps.length < 2) {
            throw new IllegalArgumentException("need at least two timestamps to find the interval, got " + timestamps.length);
        }
        Map<Duration, Integer> counts = new HashMap<>();
        for (int t = 1; t < timestamps.length; t++) {
            Duration step = Duration.between(timestamps[t - 1], timestamps[t]);
            if (step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("timestamps not strictly increasing at index " + t);
            }
            counts.merge(step, 1, Integer::sum);
        }
        Duration best = null;
        int bestCount = 0;
        for (Map.Entry<Duration, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }
}
