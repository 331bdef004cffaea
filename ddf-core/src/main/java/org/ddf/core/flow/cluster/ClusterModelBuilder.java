package org.ddf.core.flow.cluster;

import org.ddf.core.InvalidInputException;
import smile.math.MathEx;

/**
 * Fits a {@link ClusterModel} on reference windows: optional standardisation, k-means++ with k fixed or chosen by
 * {@link KSelection}, per-cluster covariances for Mahalanobis, and the anomaly threshold as a multiple of a
 * percentile of the reference windows' distances to their nearest centre.
 */
public final class ClusterModelBuilder {

    private ClusterModelBuilder() {
    }

    /**
     * Fits the model.
     *
     * @param reference reference feature vectors, one per window (N × d, finite), more than {@code kMax} of them
     * @param options clustering options
     * @throws InvalidInputException when the options' error feature is not a column of {@code reference}, or the
     *                               reference cannot be clustered
     */
    public static ClusterModel fit(double[][] reference, ClusteringOptions options) {
        int d = FeatureMatrix.requireValid(reference, "reference");
        if (options.newPatternErrorFeature() != null && options.newPatternErrorFeature() >= d) {
            throw new InvalidInputException("options.newPatternErrorFeature", "is " + options.newPatternErrorFeature()
                    + " but the reference has " + d + " features");
        }
        double[] mean = null;
        double[] std = null;
        if (options.standardise()) {
            mean = MathEx.colMeans(reference);
            std = MathEx.colSds(reference);
            for (int j = 0; j < d; j++) {
                // A constant feature carries no information; scale 1 leaves it at zero instead of dividing by zero.
                std[j] = std[j] > 0 ? std[j] : 1;
            }
        }
        double[][] z = new double[reference.length][];
        for (int i = 0; i < reference.length; i++) {
            z[i] = ClusterModel.zScore(reference[i], mean, std);
        }
        KSelectionResult selection = new KSelection(options).select(z);
        KMeansFit fit = selection.fit();
        int[] sizes = fit.sizes();
        for (int c = 0; c < sizes.length; c++) {
            if (sizes[c] == 0) {
                throw new InvalidInputException("reference", "has fewer distinct windows than k = "
                        + fit.k() + ": cluster " + c + " is empty");
            }
        }
        double[][][] inverses = options.distance() == ClusterDistance.MAHALANOBIS
                ? ShrunkCovariance.inverses(z, fit.labels(), fit.centres(), options.shrinkage())
                : null;
        double[] distances = new double[z.length];
        double[] euclidean = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            distances[i] = CentreDistance.nearest(z[i], fit.centres(), inverses).distance();
            euclidean[i] = CentreDistance.nearest(z[i], fit.centres(), null).distance();
        }
        double threshold = options.anomalyThresholdFactor() * Percentile.of(distances, options.anomalyPercentile());
        double groupRadius = Percentile.of(euclidean, options.anomalyPercentile());
        if (!(threshold > 0) || !(groupRadius > 0)) {
            throw new InvalidInputException("reference",
                    "windows all sit on their centres: no anomaly threshold can be learned");
        }
        return new ClusterModel(fit.k(), fit.centres(), mean, std, options.distance(), inverses, options.shrinkage(),
                options.anomalyPercentile(), options.anomalyThresholdFactor(), threshold, groupRadius,
                options.newPatternMinWindows(), options.newPatternMinDays(), options.newPatternTimeRadiusDays(),
                options.newPatternRadiusFactor(), options.newPatternOutlierFactor(), options.newPatternErrorFeature(),
                options.newPatternJoinMargin(), sizes,
                selection.inertiaMean(), selection.inertiaStd(), selection.silhouette(), selection.knee(),
                selection.reason(), selection.setAside());
    }

}
