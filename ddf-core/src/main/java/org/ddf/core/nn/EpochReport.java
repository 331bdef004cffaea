package org.ddf.core.nn;

import java.time.Duration;
import java.util.Map;

/**
 * What a training loop reports after each epoch: the loss curves and the time left.
 *
 * @param epoch 1-based epoch just finished
 * @param epochs total epochs planned
 * @param trainLoss mean training loss of the epoch
 * @param heldOutLoss mean loss on the held-out part (NaN when nothing is held out)
 * @param metrics further per-epoch figures (e.g. cosine similarity), by name
 * @param elapsed time since training started
 * @param eta estimated time to the end
 */
public record EpochReport(int epoch, int epochs, double trainLoss, double heldOutLoss, Map<String, Double> metrics,
                          Duration elapsed, Duration eta) {

    /** Copies the metrics. */
    public EpochReport {
        metrics = Map.copyOf(metrics);
    }
}
