package org.ddf.core.flow.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.InvalidInputException;
import smile.clustering.BBDTree;
import smile.clustering.KMeans;
import smile.clustering.PartitionClustering;
import smile.math.MathEx;

/**
 * k-means with k-means++ seeding on one data set (Smile's filtering k-means over a BBD tree built once), keeping
 * the lowest-inertia run of {@code nInit} as scikit-learn's {@code n_init} does.
 */
public final class KMeansPlusPlus {

    private final double[][] data;
    private final BBDTree tree;
    private final int nInit;
    private final int maxIter;
    private final double tol;
    private final long seed;

    /**
     * Prepares k-means on {@code data}.
     *
     * @param data points, one per row, finite and rectangular (not copied: do not modify while in use)
     * @param nInit restarts per k
     * @param maxIter maximum iterations per restart
     * @param tol convergence tolerance
     * @param seed seed of the k-means++ sampling
     */
    public KMeansPlusPlus(double[][] data, int nInit, int maxIter, double tol, long seed) {
        FeatureMatrix.requireValid(data, "data");
        this.data = data;
        this.tree = new BBDTree(data);
        this.nInit = nInit;
        this.maxIter = maxIter;
        this.tol = tol;
        this.seed = seed;
    }

    /**
     * Fits k clusters. The same seed and k always give the same result, whatever was fitted before.
     *
     * @param k number of clusters, 1 to the number of points
     */
    public KMeansFit fit(int k) {
        if (k < 1 || k > data.length) {
            throw new InvalidInputException("k", "must be in [1, " + data.length + "], got " + k);
        }
        if (k == 1) {
            return single();
        }
        // Smile draws from a thread-local generator: seeding it per k makes each k reproducible on its own.
        MathEx.setSeed(seed * 1_000_003L + k);
        List<Double> inertias = new ArrayList<>(nInit);
        KMeans best = PartitionClustering.run(nInit, () -> {
            KMeans run = KMeans.fit(tree, data, k, maxIter, tol);
            inertias.add(run.distortion);
            return run;
        });
        double[][] centres = new double[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = best.centroids[c].clone();
        }
        double[] runs = inertias.stream().mapToDouble(Double::doubleValue).toArray();
        return new KMeansFit(k, centres, best.y.clone(), best.distortion, runs);
    }

    /** k = 1 needs no search (Smile requires k ≥ 2): the centre is the mean. */
    private KMeansFit single() {
        double[] mean = MathEx.colMeans(data);
        double inertia = 0;
        for (double[] x : data) {
            inertia += MathEx.squaredDistance(x, mean);
        }
        double[] runs = new double[nInit];
        Arrays.fill(runs, inertia);
        return new KMeansFit(1, new double[][] {mean}, new int[data.length], inertia, runs);
    }
}
