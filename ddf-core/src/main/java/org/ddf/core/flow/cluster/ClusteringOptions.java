package org.ddf.core.flow.cluster;

/**
 * Options of DDF clustering and of the anomaly rule. {@link #defaults()} is faithful to the original (Euclidean
 * k-means++ on unscaled features, n_init 10, max_iter 300) with k chosen automatically.
 *
 * @param k fixed number of clusters, or {@code null} to choose it by elbow and silhouette
 * @param kMax largest k of the elbow curve and of the automatic choice (the original: 10)
 * @param nInit k-means++ restarts per k; the lowest inertia wins
 * @param maxIter maximum Lloyd iterations per restart
 * @param tol convergence tolerance on the relative change of inertia
 * @param seed seed of the k-means++ sampling; equal seeds give equal models
 * @param standardise whether features are z-scored with the reference mean and standard deviation first
 * @param distance how distances to centres are measured when labelling and scoring
 * @param shrinkage weight in [0, 1] of the scaled-identity target in each cluster's covariance (Mahalanobis only)
 * @param anomalyPercentile percentile of reference distances used as the anomaly threshold, in (0, 100]
 * @param newPatternMinWindows fewest anomalous windows that can form a new pattern
 */
public record ClusteringOptions(Integer k, int kMax, int nInit, int maxIter, double tol, long seed, boolean standardise,
                                ClusterDistance distance, double shrinkage, double anomalyPercentile,
                                int newPatternMinWindows) {

    /** Checks every field's range. */
    public ClusteringOptions {
        if (k != null && k < 1) {
            throw new InvalidClusteringInputException("options.k", "must be at least 1, got " + k);
        }
        if (kMax < 2) {
            throw new InvalidClusteringInputException("options.kMax", "must be at least 2, got " + kMax);
        }
        if (nInit < 1) {
            throw new InvalidClusteringInputException("options.nInit", "must be at least 1, got " + nInit);
        }
        if (maxIter < 1) {
            throw new InvalidClusteringInputException("options.maxIter", "must be at least 1, got " + maxIter);
        }
        if (!(tol > 0)) {
            throw new InvalidClusteringInputException("options.tol", "must be positive, got " + tol);
        }
        if (distance == null) {
            throw new InvalidClusteringInputException("options.distance", "is missing");
        }
        if (!(shrinkage >= 0 && shrinkage <= 1)) {
            throw new InvalidClusteringInputException("options.shrinkage", "must be in [0, 1], got " + shrinkage);
        }
        if (!(anomalyPercentile > 0 && anomalyPercentile <= 100)) {
            throw new InvalidClusteringInputException("options.anomalyPercentile",
                    "must be in (0, 100], got " + anomalyPercentile);
        }
        if (newPatternMinWindows < 1) {
            throw new InvalidClusteringInputException("options.newPatternMinWindows",
                    "must be at least 1, got " + newPatternMinWindows);
        }
    }

    /**
     * The defaults: automatic k up to 10, n_init 10, max_iter 300, tol 1e-4, seed 42, unscaled, Euclidean,
     * shrinkage 0.1, 99th percentile, new patterns of at least 5 windows.
     */
    public static ClusteringOptions defaults() {
        return new ClusteringOptions(null, 10, 10, 300, 1e-4, 42L, false, ClusterDistance.EUCLIDEAN, 0.1, 99.0, 5);
    }

    /** Whether k is chosen automatically. */
    public boolean automaticK() {
        return k == null;
    }

    /** These options with a fixed k ({@code null} for automatic). */
    public ClusteringOptions withK(Integer fixedK) {
        return new ClusteringOptions(fixedK, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                anomalyPercentile, newPatternMinWindows);
    }

    /** These options with another seed. */
    public ClusteringOptions withSeed(long newSeed) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, newSeed, standardise, distance, shrinkage,
                anomalyPercentile, newPatternMinWindows);
    }

    /** These options with standardisation switched on or off. */
    public ClusteringOptions withStandardise(boolean on) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, on, distance, shrinkage,
                anomalyPercentile, newPatternMinWindows);
    }

    /** These options with another distance. */
    public ClusteringOptions withDistance(ClusterDistance newDistance) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, newDistance, shrinkage,
                anomalyPercentile, newPatternMinWindows);
    }
}
