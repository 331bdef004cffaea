package org.ddf.core.flow;

import java.time.Instant;
import java.util.List;

/**
 * Correlation features of N windows ready for the VAE: row-major {@code (N, 1, C, C)} floats already scaled into
 * [0, 1] by {@code (r + 1) / 2}.
 *
 * @param channels C, the number of links
 * @param starts start time of each window
 * @param kinds night or day, one per window
 * @param values N·C·C scaled correlations
 */
public record FeatureBatch(int channels, List<Instant> starts, List<WindowKind> kinds, float[] values) {

    /** Checks that the arrays agree with N and C. */
    public FeatureBatch {
        starts = List.copyOf(starts);
        kinds = List.copyOf(kinds);
        if (starts.size() != kinds.size() || (long) starts.size() * channels * channels != values.length) {
            throw new IllegalArgumentException("feature batch shape mismatch: n=" + starts.size() + " kinds=" + kinds.size()
                    + " C=" + channels + " values=" + values.length);
        }
    }

    /** Number of windows N. */
    public int size() {
        return starts.size();
    }
}
