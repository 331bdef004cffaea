package org.ddf.core.flow.cluster;

import org.ddf.core.InvalidInputException;

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
 * @param anomalyPercentile percentile of reference distances on which the anomaly threshold is set, in (0, 100]
 * @param anomalyThresholdFactor the anomaly threshold as a multiple (at least 1) of that percentile: the percentile
 *                               is measured on the reference itself, and later normal windows exceed it more often
 *                               than the percentile says, while events lie far beyond it. New patterns are still
 *                               sought among all windows beyond the percentile itself
 * @param newPatternMinWindows fewest anomalous windows that can form a new pattern, and fewest anomalous
 *                             neighbours (itself included) that make a window a core window of one
 * @param newPatternMinDays fewest distinct calendar days (UTC) a new pattern's windows must span: a regime lasts,
 *                          an event does not (applies when window starts are known)
 * @param newPatternTimeRadiusDays core windows of a new pattern are linked only when they start at most this many
 *                                 days apart: a regime is continuous in time (applies when window starts are known)
 * @param newPatternRadiusFactor the linking radius of new-pattern grouping as a multiple of the model's
 *                               {@code groupRadius}
 * @param newPatternOutlierFactor a member of a new pattern whose Mahalanobis distance to the pattern's own
 *                                clusters (k-means++ with the reference's k, shrunk covariances) exceeds this
 *                                multiple of the members' median distance is taken out of the pattern and stays an
 *                                anomaly
 * @param newPatternErrorFeature index of the feature that measures how badly the model explains a window (the log
 *                               linear residual or reconstruction error), or {@code null}; when given, the outlier stage is one-sided:
 *                               a member beyond the outlier factor stays in its pattern unless this feature is also
 *                               above the members' median (an event is harder to rebuild than the windows of its
 *                               regime; a member rebuilt better than they are is a regime window nearer the known)
 * @param newPatternJoinMargin with window starts and an error feature: an anomalous window outside every new
 *                             pattern joins the pattern nearest to it when that pattern holds the window just before
 *                             or just after it in time and its error feature is at most the pattern's median plus
 *                             this many robust standard deviations (1.4826 × the median absolute deviation) of the
 *                             members' errors: among a regime's windows, an event is what the model rebuilds far
 *                             worse than the regime, and a window that merely lies apart from the regime's core is
 *                             part of it. {@code null}: no window joins (the rule before this parameter existed)
 * @param minClusterShare when k is chosen automatically, clusters of the chosen fit that hold fewer than this share
 *                        of the reference windows are set aside: so small a cluster is a set of unusual windows
 *                        (reference anomalies), not a class of traffic, and as a class it would make them and
 *                        whatever later lies near them normal ({@link KSelection}). In [0, 1); 0 keeps every cluster
 *                        (the original). A fixed k is kept as it is
 */
public record ClusteringOptions(Integer k, int kMax, int nInit, int maxIter, double tol, long seed, boolean standardise,
                                ClusterDistance distance, double shrinkage, double anomalyPercentile,
                                double anomalyThresholdFactor, int newPatternMinWindows, int newPatternMinDays,
                                int newPatternTimeRadiusDays, double newPatternRadiusFactor,
                                double newPatternOutlierFactor, Integer newPatternErrorFeature,
                                Double newPatternJoinMargin, double minClusterShare) {

    /** Default of {@link #newPatternMinDays()}. */
    public static final int NEW_PATTERN_MIN_DAYS = 3;
    /** Default of {@link #newPatternTimeRadiusDays()}. */
    public static final int NEW_PATTERN_TIME_RADIUS_DAYS = 42;
    /** Default of {@link #newPatternRadiusFactor()}. */
    public static final double NEW_PATTERN_RADIUS_FACTOR = 1;
    /** Default of {@link #newPatternOutlierFactor()}. */
    public static final double NEW_PATTERN_OUTLIER_FACTOR = 4.5;
    /**
     * {@link #minClusterShare()} of the robust profile ({@code DdfOptions.robust()}): 2 % of the reference windows,
     * twice the 1 % tail that the 99th-percentile threshold calls unusual, about three times the largest cluster of
     * reference events measured and a seventh of the smallest traffic class (docs/benchmarks.md, table 5d).
     */
    public static final double ROBUST_MIN_CLUSTER_SHARE = 0.02;
    /**
     * {@link #anomalyThresholdFactor()} of the robust profile: twice the 99th percentile. On the simulator every
     * false alarm before the regime change lay below 1.6 × the percentile and every planted event above 2.4 ×
     * (docs/benchmarks.md, table 5e).
     */
    public static final double ROBUST_ANOMALY_THRESHOLD_FACTOR = 2;
    /** {@link #newPatternJoinMargin()} of the robust profile, in robust standard deviations (table 5e). */
    public static final double ROBUST_NEW_PATTERN_JOIN_MARGIN = 3;

    /** Checks every field's range. */
    public ClusteringOptions {
        if (k != null && k < 1) {
            throw new InvalidInputException("options.k", "must be at least 1, got " + k);
        }
        if (kMax < 2) {
            throw new InvalidInputException("options.kMax", "must be at least 2, got " + kMax);
        }
        if (nInit < 1) {
            throw new InvalidInputException("options.nInit", "must be at least 1, got " + nInit);
        }
        if (maxIter < 1) {
            throw new InvalidInputException("options.maxIter", "must be at least 1, got " + maxIter);
        }
        if (!(tol > 0)) {
            throw new InvalidInputException("options.tol", "must be positive, got " + tol);
        }
        if (distance == null) {
            throw new InvalidInputException("options.distance", "is missing");
        }
        if (!(shrinkage >= 0 && shrinkage <= 1)) {
            throw new InvalidInputException("options.shrinkage", "must be in [0, 1], got " + shrinkage);
        }
        if (!(anomalyPercentile > 0 && anomalyPercentile <= 100)) {
            throw new InvalidInputException("options.anomalyPercentile",
                    "must be in (0, 100], got " + anomalyPercentile);
        }
        if (!(anomalyThresholdFactor >= 1) || Double.isInfinite(anomalyThresholdFactor)) {
            throw new InvalidInputException("options.anomalyThresholdFactor",
                    "must be at least 1 and finite, got " + anomalyThresholdFactor);
        }
        if (newPatternMinWindows < 1) {
            throw new InvalidInputException("options.newPatternMinWindows",
                    "must be at least 1, got " + newPatternMinWindows);
        }
        if (newPatternMinDays < 1) {
            throw new InvalidInputException("options.newPatternMinDays",
                    "must be at least 1, got " + newPatternMinDays);
        }
        if (newPatternTimeRadiusDays < 1) {
            throw new InvalidInputException("options.newPatternTimeRadiusDays",
                    "must be at least 1, got " + newPatternTimeRadiusDays);
        }
        if (!(newPatternRadiusFactor > 0) || Double.isInfinite(newPatternRadiusFactor)) {
            throw new InvalidInputException("options.newPatternRadiusFactor",
                    "must be positive and finite, got " + newPatternRadiusFactor);
        }
        if (!(newPatternOutlierFactor >= 1) || Double.isInfinite(newPatternOutlierFactor)) {
            throw new InvalidInputException("options.newPatternOutlierFactor",
                    "must be at least 1 and finite, got " + newPatternOutlierFactor);
        }
        if (newPatternErrorFeature != null && newPatternErrorFeature < 0) {
            throw new InvalidInputException("options.newPatternErrorFeature",
                    "must be a feature index (0 or more) or absent, got " + newPatternErrorFeature);
        }
        if (newPatternJoinMargin != null && (!(newPatternJoinMargin >= 0) || newPatternJoinMargin.isInfinite())) {
            throw new InvalidInputException("options.newPatternJoinMargin",
                    "must be 0 or more and finite, or absent, got " + newPatternJoinMargin);
        }
        if (newPatternJoinMargin != null && newPatternErrorFeature == null) {
            throw new InvalidInputException("options.newPatternJoinMargin",
                    "needs an error feature (newPatternErrorFeature) to compare windows with a pattern");
        }
        if (!(minClusterShare >= 0 && minClusterShare < 1)) {
            throw new InvalidInputException("options.minClusterShare", "must be in [0, 1), got " + minClusterShare);
        }
    }

    /**
     * The defaults: automatic k up to 10, n_init 10, max_iter 300, tol 1e-4, seed 42, unscaled, Euclidean,
     * shrinkage 0.1, the 99th percentile as the threshold (factor 1); new patterns of at least 5 windows over at
     * least 3 days, core windows linked within 1 × the group radius and 42 days, members beyond 4.5 × the median
     * distance of their pattern's own clusters left out, in any direction (no error feature: the features need not
     * include one; {@code DdfOptions.robust()} names its linear residual), no window joining a pattern afterwards,
     * and every cluster kept (no smallest cluster share, as the original; {@code DdfOptions.robust()} sets
     * {@value #ROBUST_MIN_CLUSTER_SHARE}), measured in docs/benchmarks.md, "DDF anomaly rule on the simulator".
     */
    public static ClusteringOptions defaults() {
        return new ClusteringOptions(null, 10, 10, 300, 1e-4, 42L, false, ClusterDistance.EUCLIDEAN, 0.1, 99.0, 1, 5,
                NEW_PATTERN_MIN_DAYS, NEW_PATTERN_TIME_RADIUS_DAYS, NEW_PATTERN_RADIUS_FACTOR, NEW_PATTERN_OUTLIER_FACTOR,
                null, null, 0);
    }

    /** Whether k is chosen automatically. */
    public boolean automaticK() {
        return k == null;
    }

    /** These options with a fixed k ({@code null} for automatic). */
    public ClusteringOptions withK(Integer fixedK) {
        return new ClusteringOptions(fixedK, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                newPatternJoinMargin, minClusterShare);
    }

    /** These options with another seed. */
    public ClusteringOptions withSeed(long newSeed) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, newSeed, standardise, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                newPatternJoinMargin, minClusterShare);
    }

    /** These options with standardisation switched on or off. */
    public ClusteringOptions withStandardise(boolean on) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, on, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                newPatternJoinMargin, minClusterShare);
    }

    /**
     * These options with another new-pattern rule.
     *
     * @param minWindows see {@link #newPatternMinWindows()}
     * @param minDays see {@link #newPatternMinDays()}
     * @param timeRadiusDays see {@link #newPatternTimeRadiusDays()}
     * @param radiusFactor see {@link #newPatternRadiusFactor()}
     * @param outlierFactor see {@link #newPatternOutlierFactor()}
     */
    public ClusteringOptions withNewPatternRule(int minWindows, int minDays, int timeRadiusDays, double radiusFactor,
                                                double outlierFactor) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, minWindows, minDays, timeRadiusDays, radiusFactor,
                outlierFactor, newPatternErrorFeature, newPatternJoinMargin, minClusterShare);
    }

    /**
     * These options with another error feature of the new-pattern rule.
     *
     * @param errorFeature see {@link #newPatternErrorFeature()}; {@code null} for a symmetric outlier stage, which
     *                     also drops the join margin (nothing to compare errors with)
     */
    public ClusteringOptions withNewPatternErrorFeature(Integer errorFeature) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, errorFeature,
                errorFeature == null ? null : newPatternJoinMargin, minClusterShare);
    }

    /**
     * These options with another smallest cluster share of the automatic k.
     *
     * @param share see {@link #minClusterShare()}; 0 keeps every cluster
     */
    public ClusteringOptions withMinClusterShare(double share) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                newPatternJoinMargin, share);
    }

    /**
     * These options with another anomaly threshold.
     *
     * @param percentile see {@link #anomalyPercentile()}
     * @param factor see {@link #anomalyThresholdFactor()}
     */
    public ClusteringOptions withAnomalyThreshold(double percentile, double factor) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                percentile, factor, newPatternMinWindows, newPatternMinDays, newPatternTimeRadiusDays,
                newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature, newPatternJoinMargin,
                minClusterShare);
    }

    /**
     * These options with another join margin of the new-pattern rule.
     *
     * @param margin see {@link #newPatternJoinMargin()}; {@code null} for none
     */
    public ClusteringOptions withNewPatternJoinMargin(Double margin) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, distance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                margin, minClusterShare);
    }

    /** These options with another distance. */
    public ClusteringOptions withDistance(ClusterDistance newDistance) {
        return new ClusteringOptions(k, kMax, nInit, maxIter, tol, seed, standardise, newDistance, shrinkage,
                anomalyPercentile, anomalyThresholdFactor, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                newPatternJoinMargin, minClusterShare);
    }
}
