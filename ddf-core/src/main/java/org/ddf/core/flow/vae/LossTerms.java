package org.ddf.core.flow.vae;

/**
 * The parts of a VAE loss value.
 *
 * @param total reconstruction + β·KL
 * @param reconstruction mean squared error
 * @param kl KL term divided by C·C (before β)
 */
record LossTerms(double total, double reconstruction, double kl) {

    /** Nothing measured (no held-out windows). */
    static final LossTerms NONE = new LossTerms(Double.NaN, Double.NaN, Double.NaN);
}
