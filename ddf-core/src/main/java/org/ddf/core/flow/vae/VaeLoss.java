package org.ddf.core.flow.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The DDF VAE loss: mean squared error over all elements plus β·KL, where
 * KL = −0.5·Σ(1 + logvar − mu² − exp(logvar)) summed over the batch AND the latent dimensions, divided by C·C
 * (the original divides by 104·104). Because the KL is summed, not averaged, over the batch its weight grows
 * with the batch size, exactly as in the original.
 *
 * <p>Labels: {@code NDList(x)}; predictions: {@code NDList(recon, mu, logvar)} as {@link VaeBlock} returns them.
 */
public final class VaeLoss extends Loss {

    private final int channels;
    private final float beta;
    private final LogvarClamp clamp;

    /**
     * Creates the loss.
     *
     * @param channels C, the side of the input matrix
     * @param beta weight of the KL term, ≥ 0
     * @param clamp bounds applied to logvar inside the KL term ({@link LogvarClamp#NONE} in the original)
     */
    public VaeLoss(int channels, float beta, LogvarClamp clamp) {
        super("vae");
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be ≥ 1, got " + channels);
        }
        if (!(beta >= 0) || Float.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and ≥ 0, got " + beta);
        }
        this.channels = channels;
        this.beta = beta;
        this.clamp = clamp;
    }

    /** The same loss with another β (KL warm-up). */
    public VaeLoss withBeta(float newBeta) {
        return new VaeLoss(channels, newBeta, clamp);
    }

    /** The weight of the KL term. */
    public float beta() {
        return beta;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray x = labels.singletonOrThrow();
        NDArray loss = reconstruction(x, predictions.get(0));
        return beta == 0 ? loss : loss.add(kl(predictions.get(1), predictions.get(2)).mul(beta));
    }

    /** Mean of (recon − x)² over every element of the batch: a scalar. */
    public NDArray reconstruction(NDArray x, NDArray recon) {
        return recon.sub(x).square().mean();
    }

    /** −0.5·Σ(1 + logvar − mu² − exp(logvar)) over batch and latent dimensions, divided by C·C: a scalar. */
    public NDArray kl(NDArray mu, NDArray logvar) {
        NDArray lv = clamp.apply(logvar);
        return lv.add(1).sub(mu.square()).sub(lv.exp()).sum().mul(-0.5f / ((float) channels * channels));
    }
}
