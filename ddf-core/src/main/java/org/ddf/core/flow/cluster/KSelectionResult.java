package org.ddf.core.flow.cluster;

/**
 * The elbow curve, the silhouettes and the chosen number of clusters.
 *
 * @param inertiaMean mean inertia over the n_init runs, index k − 1 for k = 1..kMax
 * @param inertiaStd population standard deviation of the inertia over the runs, same indexing
 * @param silhouette mean silhouette of the best run, index k − 2 for k = 2..kMax
 * @param knee k at the knee of the elbow curve
 * @param k chosen number of clusters
 * @param reason why k was chosen, in words
 * @param fit the best k-means run for the chosen k
 */
public record KSelectionResult(double[] inertiaMean, double[] inertiaStd, double[] silhouette, int knee, int k,
                               String reason, KMeansFit fit) {
}
