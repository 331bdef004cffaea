package org.ddf.core.flow.cluster;

/**
 * The best of several k-means++ runs for one k.
 *
 * @param k number of clusters
 * @param centres k centres
 * @param labels cluster of each point
 * @param inertia sum of squared distances of the points to their centres (the best run's)
 * @param runInertias inertia of every run, in run order
 */
public record KMeansFit(int k, double[][] centres, int[] labels, double inertia, double[] runInertias) {

    /** Number of points in each cluster. */
    public int[] sizes() {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }
}
