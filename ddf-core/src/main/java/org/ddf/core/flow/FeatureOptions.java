package org.ddf.core.flow;

import java.util.Objects;

/**
 * Options of {@link FeatureExtractor}.
 *
 * @param correlationInput counters (default) or their changes
 * @param rounded round correlations to 2 decimals (default true, as the original)
 * @param windowSpec how counters are cut into windows (default {@link WindowSpec#defaults()})
 */
public record FeatureOptions(CorrelationInput correlationInput, boolean rounded, WindowSpec windowSpec) {

    /** Checks for nulls. */
    public FeatureOptions {
        Objects.requireNonNull(correlationInput, "correlationInput");
        Objects.requireNonNull(windowSpec, "windowSpec");
    }

    /** The original's setting: counters, rounded, 12-hour windows from 06:00 UTC. */
    public static FeatureOptions defaults() {
        return new FeatureOptions(CorrelationInput.COUNTERS, true, WindowSpec.defaults());
    }
}
