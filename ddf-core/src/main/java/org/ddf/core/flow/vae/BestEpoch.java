package org.ddf.core.flow.vae;

import java.util.function.Supplier;

/**
 * Keeps the weights of the epoch with the lowest held-out loss seen so far. A tie keeps the earlier epoch; NaN
 * (nothing held out) never counts as better. The weights are only serialised when an epoch improves.
 */
final class BestEpoch {

    private double loss = Double.POSITIVE_INFINITY;
    private int epoch;
    private byte[] weights;

    /** Records an epoch's held-out loss, taking its weights when it is the lowest so far. */
    void offer(int epochNumber, double heldOutLoss, Supplier<byte[]> currentWeights) {
        if (heldOutLoss < loss) {
            loss = heldOutLoss;
            epoch = epochNumber;
            weights = currentWeights.get();
        }
    }

    /** The best epoch (1-based), or 0 when none had a finite held-out loss. */
    int epoch() {
        return epoch;
    }

    /** Its weights, or null when none was kept. */
    byte[] weights() {
        return weights;
    }
}
