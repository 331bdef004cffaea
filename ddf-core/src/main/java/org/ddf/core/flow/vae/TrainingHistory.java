package org.ddf.core.flow.vae;

import java.util.List;

/**
 * Loss curves of a VAE training run, one entry per epoch.
 *
 * @param trainLoss mean batch loss of each epoch (with that epoch's β)
 * @param heldOutLoss loss on the held-out windows after each epoch (full β, z = mu; NaN when nothing is held out)
 */
public record TrainingHistory(List<Double> trainLoss, List<Double> heldOutLoss) {

    /** The history of a model that was loaded, not trained here. */
    public static final TrainingHistory NONE = new TrainingHistory(List.of(), List.of());

    /** Copies the lists and checks that they have one entry per epoch each. */
    public TrainingHistory {
        trainLoss = List.copyOf(trainLoss);
        heldOutLoss = List.copyOf(heldOutLoss);
        if (trainLoss.size() != heldOutLoss.size()) {
            throw new IllegalArgumentException("trainLoss has " + trainLoss.size() + " epochs but heldOutLoss has "
                    + heldOutLoss.size());
        }
    }

    /** Number of epochs recorded. */
    public int epochs() {
        return trainLoss.size();
    }
}
