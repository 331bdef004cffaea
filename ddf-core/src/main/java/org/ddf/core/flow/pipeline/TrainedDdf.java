package org.ddf.core.flow.pipeline;

import java.util.Map;

/**
 * The outcome of a training run.
 *
 * @param model the model, to store and serve (close it when done)
 * @param metrics what the run measured
 * @param figures the figures of the original (latent scatter, pair plot, elbow, clusters) as PNG, by file name
 */
public record TrainedDdf(DdfModel model, DdfMetrics metrics, Map<String, byte[]> figures) {

    /** Copies the figure map. */
    public TrainedDdf {
        figures = Map.copyOf(figures);
    }
}
