package org.ddf.core.flow.cluster;

import java.util.List;
import org.ddf.core.InvalidInputException;

/**
 * A fitted reference clustering: what scoring, new-pattern detection, alignment and the figures need, as plain
 * arrays, numbers and strings (see {@link ClusterModelJson}). Centres live in the <em>model space</em>: the
 * feature space, z-scored with {@code featureMean}/{@code featureStd} when standardisation is on.
 *
 * @param k number of clusters
 * @param centres k centres in model space
 * @param featureMean reference mean of each feature, or {@code null} when not standardised
 * @param featureStd reference standard deviation of each feature (1 where it was 0), or {@code null}
 * @param distance how distances to centres are measured
 * @param inverseCovariances k inverse shrunk covariances for Mahalanobis, or {@code null} for Euclidean
 * @param shrinkage weight of the scaled-identity target in the covariances of the clusters and of new patterns
 * @param percentile percentile of the reference distances on which the threshold is set
 * @param anomalyThresholdFactor the threshold as a multiple of that percentile
 *                               ({@link ClusteringOptions#anomalyThresholdFactor()}; 1 for a model stored before it)
 * @param threshold anomaly threshold: {@code anomalyThresholdFactor} × that percentile of the reference windows'
 *                  distances to their nearest centre
 * @param groupRadius the same percentile of Euclidean reference distances in model space, which links
 *                    anomalous windows into groups (equal to {@code threshold} when Euclidean)
 * @param newPatternMinWindows fewest anomalous windows that can form a new pattern (and that make a core window)
 * @param newPatternMinDays fewest distinct days a new pattern spans ({@link ClusteringOptions#newPatternMinDays()})
 * @param newPatternTimeRadiusDays greatest time between neighbouring anomalous windows, in days
 * @param newPatternRadiusFactor linking radius of new-pattern grouping as a multiple of {@code groupRadius}
 * @param newPatternOutlierFactor members farther than this multiple of the median member distance from their
 *                                pattern's own centre leave the pattern ({@link ClusteringOptions#newPatternOutlierFactor()})
 * @param newPatternErrorFeature index of the error feature (linear residual or reconstruction error) that makes the outlier stage one-sided, or
 *                               {@code null} (symmetric; also what a model stored before this field reads as)
 *                               ({@link ClusteringOptions#newPatternErrorFeature()})
 * @param newPatternJoinMargin how far above a pattern's median error (in robust standard deviations) an anomalous
 *                             window next to its windows in time may lie and still join it, or {@code null} for none
 *                             ({@link ClusteringOptions#newPatternJoinMargin()}; also what a model stored before it
 *                             reads as)
 * @param clusterSizes reference windows per cluster
 * @param inertiaMean elbow curve: mean inertia, index k − 1 for k = 1..kMax
 * @param inertiaStd elbow curve: standard deviation of the inertia over the restarts
 * @param silhouette mean silhouette, index k − 2 for k = 2..kMax
 * @param knee k at the knee of the elbow curve
 * @param kReason why this k was chosen
 * @param setAsideSizes sizes of the clusters of the automatic k's fit set aside as unusual windows, not classes
 *                      ({@link KSelectionResult#setAside()}; empty when none was, k was fixed, or the model was
 *                      stored before clusters were set aside)
 */
public record ClusterModel(int k, double[][] centres, double[] featureMean, double[] featureStd,
                           ClusterDistance distance, double[][][] inverseCovariances, double shrinkage, double percentile,
                           double anomalyThresholdFactor, double threshold, double groupRadius,
                           int newPatternMinWindows, int newPatternMinDays, int newPatternTimeRadiusDays,
                           double newPatternRadiusFactor, double newPatternOutlierFactor,
                           Integer newPatternErrorFeature, Double newPatternJoinMargin, int[] clusterSizes,
                           double[] inertiaMean, double[] inertiaStd, double[] silhouette, int knee, String kReason,
                           List<Integer> setAsideSizes) {

    /** Checks that the arrays agree with k and the feature dimension (also guards models read from JSON). */
    public ClusterModel {
        if (centres == null || centres.length != k || k < 1) {
            throw new InvalidInputException("model.centres", "must hold k = " + k + " centres");
        }
        int d = FeatureMatrix.requireValid(centres, "model.centres");
        if ((featureMean == null) != (featureStd == null)
                || featureMean != null && (featureMean.length != d || featureStd.length != d)) {
            throw new InvalidInputException("model.featureMean", "and featureStd must both be absent or both have " + d + " entries");
        }
        if (distance == null) {
            throw new InvalidInputException("model.distance", "is missing");
        }
        if ((distance == ClusterDistance.MAHALANOBIS) != (inverseCovariances != null)
                || inverseCovariances != null && inverseCovariances.length != k) {
            throw new InvalidInputException("model.inverseCovariances", "must hold k matrices exactly when the distance is MAHALANOBIS");
        }
        if (!(shrinkage >= 0 && shrinkage <= 1)) {
            throw new InvalidInputException("model.shrinkage", "must be in [0, 1], got " + shrinkage);
        }
        if (!(threshold > 0) || !(groupRadius > 0)) {
            throw new InvalidInputException("model.threshold", "and groupRadius must be positive");
        }
        if (newPatternMinWindows < 1 || newPatternMinDays < 1 || newPatternTimeRadiusDays < 1
                || !(newPatternRadiusFactor > 0) || !(newPatternOutlierFactor >= 1)) {
            throw new InvalidInputException("model.newPatternMinWindows",
                    "and the other new-pattern parameters are out of range (see ClusteringOptions)");
        }
        if (newPatternErrorFeature != null && (newPatternErrorFeature < 0 || newPatternErrorFeature >= d)) {
            throw new InvalidInputException("model.newPatternErrorFeature",
                    "must be a feature index in [0, " + d + ") or absent, got " + newPatternErrorFeature);
        }
        if (!(anomalyThresholdFactor >= 1)) {
            throw new InvalidInputException("model.anomalyThresholdFactor", "must be at least 1, got "
                    + anomalyThresholdFactor);
        }
        if (newPatternJoinMargin != null && (!(newPatternJoinMargin >= 0) || newPatternErrorFeature == null)) {
            throw new InvalidInputException("model.newPatternJoinMargin",
                    "must be 0 or more with an error feature, or absent, got " + newPatternJoinMargin);
        }
        if (clusterSizes == null || clusterSizes.length != k) {
            throw new InvalidInputException("model.clusterSizes", "must have k = " + k + " entries");
        }
        if (inertiaMean == null || inertiaStd == null || silhouette == null || inertiaStd.length != inertiaMean.length
                || silhouette.length != inertiaMean.length - 1) {
            throw new InvalidInputException("model.inertiaMean", "inertiaStd and silhouette lengths disagree");
        }
        if (setAsideSizes == null) {
            throw new InvalidInputException("model.setAsideSizes", "is missing");
        }
        setAsideSizes = List.copyOf(setAsideSizes);
    }

    /** Number of features d. */
    public int dimension() {
        return centres[0].length;
    }

    /** Maps a feature vector into model space (z-scores when standardised, a copy otherwise). */
    public double[] toModelSpace(double[] features) {
        return zScore(features, featureMean, featureStd);
    }

    /** {@code (x − mean) / std} per feature, or a copy of x when {@code mean} is null. */
    static double[] zScore(double[] x, double[] mean, double[] std) {
        double[] z = x.clone();
        if (mean != null) {
            for (int j = 0; j < z.length; j++) {
                z[j] = (z[j] - mean[j]) / std[j];
            }
        }
        return z;
    }

    /** Maps a model-space vector back to feature units. */
    public double[] toFeatureSpace(double[] modelSpace) {
        double[] x = modelSpace.clone();
        if (featureMean != null) {
            for (int j = 0; j < x.length; j++) {
                x[j] = x[j] * featureStd[j] + featureMean[j];
            }
        }
        return x;
    }

    /** The centres in feature units, for figures and for comparing models with different scaling. */
    public double[][] centresInFeatureSpace() {
        double[][] out = new double[k][];
        for (int c = 0; c < k; c++) {
            out[c] = toFeatureSpace(centres[c]);
        }
        return out;
    }

    /**
     * This model with its clusters reordered: cluster {@code order[p]} of this model becomes cluster p.
     *
     * @param order a permutation of 0..k−1
     */
    public ClusterModel permuted(int[] order) {
        boolean[] seen = new boolean[k];
        if (order.length != k) {
            throw new InvalidInputException("order", "must have k = " + k + " entries");
        }
        double[][] newCentres = new double[k][];
        double[][][] newInverses = inverseCovariances == null ? null : new double[k][][];
        int[] newSizes = new int[k];
        for (int p = 0; p < k; p++) {
            int from = order[p];
            if (from < 0 || from >= k || seen[from]) {
                throw new InvalidInputException("order[" + p + "]", "is not part of a permutation of 0.." + (k - 1));
            }
            seen[from] = true;
            newCentres[p] = centres[from];
            newSizes[p] = clusterSizes[from];
            if (newInverses != null) {
                newInverses[p] = inverseCovariances[from];
            }
        }
        return new ClusterModel(k, newCentres, featureMean, featureStd, distance, newInverses, shrinkage, percentile,
                anomalyThresholdFactor, threshold, groupRadius, newPatternMinWindows, newPatternMinDays,
                newPatternTimeRadiusDays, newPatternRadiusFactor, newPatternOutlierFactor, newPatternErrorFeature,
                newPatternJoinMargin, newSizes, inertiaMean, inertiaStd, silhouette, knee, kReason,
                setAsideSizes);
    }
}
