package org.ddf.core.flow.cluster;

import java.util.List;

/**
 * The elbow curve, the silhouettes and the chosen number of clusters.
 *
 * @param inertiaMean mean inertia over the n_init runs, index k − 1 for k = 1..kMax
 * @param inertiaStd population standard deviation of the inertia over the runs, same indexing
 * @param silhouette mean silhouette of the best run, index k − 2 for k = 2..kMax
 * @param knee k at the knee of the elbow curve
 * @param k chosen number of clusters: the k of the elbow and silhouette rule less the clusters set aside
 * @param reason why k was chosen, in words
 * @param fit the best k-means run for the rule's k, reduced to the clusters kept
 * @param setAside sizes of the rule's clusters that held fewer than {@link ClusteringOptions#minClusterShare()} of
 *                 the windows and were set aside as unusual windows (their windows joined the nearest cluster
 *                 kept); empty when none was or k is fixed
 */
public record KSelectionResult(double[] inertiaMean, double[] inertiaStd, double[] silhouette, int knee, int k,
                               String reason, KMeansFit fit, List<Integer> setAside) {

    /** Copies the set-aside sizes. */
    public KSelectionResult {
        setAside = List.copyOf(setAside);
    }
}
