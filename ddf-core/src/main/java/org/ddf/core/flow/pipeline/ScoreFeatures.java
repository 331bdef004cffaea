package org.ddf.core.flow.pipeline;

/** Which per-window features the clusters and the anomaly rule use. */
public enum ScoreFeatures {
    /** The original's four: [mu1, mu2, logvar1, logvar2]. */
    LATENT,
    /** The four plus the log of the VAE's reconstruction error of the window (a window the VAE cannot rebuild is unusual). */
    LATENT_AND_RECONSTRUCTION,
    /**
     * The four plus the log of the window's {@link LinearResidual}: the same role as the reconstruction error, with the
     * encoder alone running for each window (docs/benchmarks.md, "A linear residual instead of the decoder").
     */
    LATENT_AND_LINEAR_RESIDUAL;

    /** Number of features per window. */
    public int dimension() {
        return this == LATENT ? 4 : 5;
    }

    /**
     * Index of the log reconstruction error, or of the linear residual that stands in for it, among the features;
     * {@code null} when they include neither.
     */
    public Integer reconstructionErrorIndex() {
        return this == LATENT ? null : 4;
    }
}
