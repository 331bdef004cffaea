package org.ddf.core.flow.pipeline;

/** Which per-window features the clusters and the anomaly rule use. */
public enum ScoreFeatures {
    /** The original's four: [mu1, mu2, logvar1, logvar2]. */
    LATENT,
    /** The four plus the log of the VAE's reconstruction error of the window (a window the VAE cannot rebuild is unusual). */
    LATENT_AND_RECONSTRUCTION;

    /** Number of features per window. */
    public int dimension() {
        return this == LATENT ? 4 : 5;
    }

    /** Index of the log reconstruction error among the features, or {@code null} when they do not include it. */
    public Integer reconstructionErrorIndex() {
        return this == LATENT ? null : 4;
    }
}
