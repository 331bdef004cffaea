package org.ddf.core.flow.vae;

import ai.djl.ndarray.NDArray;

/**
 * Bounds for the encoder's log-variance during training (robust profile): keeps exp(logvar) in the KL term and
 * exp(0.5·logvar) in the sampling finite. {@link #NONE} (the original's behaviour) leaves logvar as it is.
 *
 * @param min lower bound
 * @param max upper bound, &gt; min
 */
public record LogvarClamp(double min, double max) {

    /** No clamping. */
    public static final LogvarClamp NONE = new LogvarClamp(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Checks the bounds. */
    public LogvarClamp {
        if (Double.isNaN(min) || Double.isNaN(max) || min >= max) {
            throw new IllegalArgumentException("logvarClamp needs min < max, got [" + min + ", " + max + "]");
        }
    }

    /** Whether any bound is finite. */
    public boolean active() {
        return !Double.isInfinite(min) || !Double.isInfinite(max);
    }

    /** The clamped log-variance, or {@code logvar} itself when inactive. */
    public NDArray apply(NDArray logvar) {
        return active() ? logvar.clip(min, max) : logvar;
    }
}
