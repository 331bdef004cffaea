package org.ddf.core.flow.pipeline;

import java.util.List;

/**
 * What a DDF training run measured, stored with the model.
 *
 * @param trainWindows windows the VAE saw (training and held-out part)
 * @param referenceWindows windows the clusters were fitted on
 * @param filledCorrelations NaN correlation entries filled with column means
 * @param trainLoss training loss per epoch
 * @param heldOutLoss held-out loss per epoch
 * @param keptEpoch the epoch whose VAE the model holds (1-based)
 * @param k number of clusters
 * @param kReason why this k
 * @param setAsideSizes sizes of the clusters of the automatic k's fit set aside as unusual windows, not classes (so
 *                      k is the rule's k less their number; the elbow curve itself is of the k-means runs)
 * @param inertiaMean k-means inertia for k = 1..kMax, mean over the restarts
 * @param inertiaStd its standard deviation
 * @param silhouette mean silhouette for k = 2..kMax
 * @param threshold anomaly threshold on the distance to the nearest centre
 * @param referenceAnomalies reference windows above the threshold
 * @param referenceNewPatterns new patterns found in the reference windows (normally 0)
 */
public record DdfMetrics(int trainWindows, int referenceWindows, int filledCorrelations, List<Double> trainLoss,
                         List<Double> heldOutLoss, int keptEpoch, int k, String kReason, List<Integer> setAsideSizes,
                         double[] inertiaMean, double[] inertiaStd,
                         double[] silhouette, double threshold, long referenceAnomalies, int referenceNewPatterns) {

    /** Copies the loss curves. */
    public DdfMetrics {
        trainLoss = List.copyOf(trainLoss);
        heldOutLoss = List.copyOf(heldOutLoss);
        setAsideSizes = List.copyOf(setAsideSizes);
    }

    /** The held-out loss of the VAE the model holds. */
    public double keptHeldOutLoss() {
        return keptEpoch < 1 || keptEpoch > heldOutLoss.size() ? Double.NaN : heldOutLoss.get(keptEpoch - 1);
    }
}
