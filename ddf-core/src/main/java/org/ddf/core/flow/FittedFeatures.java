package org.ddf.core.flow;

/**
 * Features of training windows, with the NaN fill means learned from them.
 *
 * @param batch the scaled features
 * @param fillMeans the means NaN entries were filled with; store them with the model for inference
 * @param filledEntries how many matrix entries were NaN and got filled
 */
public record FittedFeatures(FeatureBatch batch, NanFillMeans fillMeans, int filledEntries) {
}
