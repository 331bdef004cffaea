package org.ddf.core.flow.vae;

import java.util.List;

/**
 * Loss curves of a VAE training run, one entry per epoch.
 *
 * @param trainLoss mean batch loss of each epoch (with that epoch's β)
 * @param heldOutLoss loss on the held-out windows after each epoch (full β, z = mu; NaN when nothing is held out)
 * @param keptEpoch the 1-based epoch whose weights the model has (the last one unless the best was kept; 0 when
 *                  nothing was trained)
 */
public record TrainingHistory(List<Double> trainLoss, List<Double> heldOutLoss, int keptEpoch) {

    /** The history of a model that was loaded, not trained here. */
    public static final TrainingHistory NONE = new TrainingHistory(List.of(), List.of(), 0);

    /** Copies the lists and checks that they have one entry per epoch each and that the kept epoch is one of them. */
    public TrainingHistory {
        trainLoss = List.copyOf(trainLoss);
        heldOutLoss = List.copyOf(heldOutLoss);
        if (trainLoss.size() != heldOutLoss.size()) {
            throw new IllegalArgumentException("trainLoss has " + trainLoss.size() + " epochs but heldOutLoss has "
                    + heldOutLoss.size());
        }
        if (keptEpoch < (trainLoss.isEmpty() ? 0 : 1) || keptEpoch > trainLoss.size()) {
            throw new IllegalArgumentException("keptEpoch " + keptEpoch + " is not one of the " + trainLoss.size()
                    + " epochs");
        }
    }


    /** Number of epochs recorded. */
    public int epochs() {
        return trainLoss.size();
    }
}
