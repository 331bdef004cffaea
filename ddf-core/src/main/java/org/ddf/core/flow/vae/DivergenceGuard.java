package org.ddf.core.flow.vae;

import org.ddf.core.nn.TrainingDivergedException;

/**
 * Stops a training run whose loss is NaN, infinite, or exploded: larger than {@code factor} × the first epoch's
 * mean loss (during the first epoch: × the first batch's loss).
 */
final class DivergenceGuard {

    private final double factor;
    private double reference = Double.NaN;

    DivergenceGuard(double factor) {
        this.factor = factor;
    }

    /** Checks one batch loss; the first one becomes the reference until the first epoch ends. */
    void check(int epoch, int step, double loss) {
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException("loss became " + loss + " at epoch " + epoch + ", step " + step);
        }
        if (Double.isNaN(reference)) {
            reference = loss;
        } else if (reference > 0 && loss > factor * reference) {
            throw new TrainingDivergedException(String.format(
                    "loss %.6g at epoch %d, step %d exceeds %.4g × the first epoch's loss %.6g",
                    loss, epoch, step, factor, reference));
        }
    }

    /** Checks the held-out loss of an epoch, which must be finite. */
    void checkHeldOut(int epoch, double loss) {
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException("held-out loss became " + loss + " after epoch " + epoch);
        }
    }

    /** Records the first epoch's mean loss as the reference for the rest of the run. */
    void epochFinished(int epoch, double meanLoss) {
        if (epoch == 1) {
            reference = meanLoss;
        }
    }
}
