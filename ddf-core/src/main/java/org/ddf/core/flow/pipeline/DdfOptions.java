package org.ddf.core.flow.pipeline;

import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.cluster.ClusterDistance;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.VaeTrainingOptions;

/**
 * Everything a DDF training run can be told.
 *
 * @param features how windows are cut and turned into correlation matrices
 * @param vae how the VAE trains
 * @param clustering k, k-means++ settings, distance, standardisation and the anomaly percentile
 * @param scoreFeatures which per-window features are clustered and scored
 */
public record DdfOptions(FeatureOptions features, VaeTrainingOptions vae, ClusteringOptions clustering,
                         ScoreFeatures scoreFeatures) {

    /**
     * Checks that nothing is missing and that the new-pattern rule's error feature, when given, is the score
     * features' error feature (the reconstruction error or the linear residual).
     */
    public DdfOptions {
        if (features == null || vae == null || clustering == null || scoreFeatures == null) {
            throw new IllegalArgumentException("features, vae, clustering and scoreFeatures are required");
        }
        Integer error = clustering.newPatternErrorFeature();
        if (error != null && !error.equals(scoreFeatures.reconstructionErrorIndex())) {
            throw new InvalidInputException("options.newPatternErrorFeature", "is " + error + " but the error feature "
                    + "of score features " + scoreFeatures + " is " + scoreFeatures.reconstructionErrorIndex());
        }
    }

    /**
     * The original system's settings: Adam lr 0.01, no logvar clamp or KL warm-up, k-means++ on the raw
     * [mu, logvar] with Euclidean distance.
     */
    public static DdfOptions faithful() {
        return new DdfOptions(FeatureOptions.defaults(), VaeTrainingOptions.faithful(), ClusteringOptions.defaults(),
                ScoreFeatures.LATENT);
    }

    /**
     * The platform default, chosen by measurement on the simulator (docs/benchmarks.md, "DDF anomaly rule on the
     * simulator"): the VAE trains as {@link VaeTrainingOptions#robust()} (Adam lr 0.001, logvar clamped to
     * [−10, 10], β = 0.1, no KL warm-up); the clusters are fitted on standardised
     * [mu, logvar, log linear residual] and scored by Mahalanobis distance (without an error feature a changed
     * regime is rarely reported as a new pattern; the {@link LinearResidual} finds as much as the VAE's
     * reconstruction error and spares the decoder, docs/benchmarks.md "A linear residual instead of the decoder");
     * the new-pattern rule's outlier stage is one-sided in that error
     * ({@link ClusteringOptions#newPatternErrorFeature()}), and clusters of
     * the automatic k's fit that hold fewer than 2 % of the reference windows are set aside
     * ({@link ClusteringOptions#minClusterShare()}: so small a cluster is reference anomalies, not a class); the
     * anomaly threshold is twice the 99th percentile ({@link ClusteringOptions#anomalyThresholdFactor()}), and
     * an anomalous window next in time to a new pattern's windows that the model rebuilds about as well as the
     * pattern's own windows joins it ({@link ClusteringOptions#newPatternJoinMargin()}, 3 robust standard deviations).
     */
    public static DdfOptions robust() {
        ScoreFeatures score = ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL;
        return new DdfOptions(FeatureOptions.defaults(), VaeTrainingOptions.robust(),
                ClusteringOptions.defaults().withStandardise(true).withDistance(ClusterDistance.MAHALANOBIS)
                        .withNewPatternErrorFeature(score.reconstructionErrorIndex())
                        .withNewPatternJoinMargin(ClusteringOptions.ROBUST_NEW_PATTERN_JOIN_MARGIN)
                        .withAnomalyThreshold(ClusteringOptions.defaults().anomalyPercentile(),
                                ClusteringOptions.ROBUST_ANOMALY_THRESHOLD_FACTOR)
                        .withMinClusterShare(ClusteringOptions.ROBUST_MIN_CLUSTER_SHARE), score);
    }

    /** The named profile: {@code faithful} or {@code robust}. */
    public static DdfOptions profile(String name) {
        return switch (name) {
            case "faithful" -> faithful();
            case "robust" -> robust();
            default -> throw new IllegalArgumentException("profile must be faithful or robust, was '" + name + "'");
        };
    }

    /** A copy with other VAE options. */
    public DdfOptions withVae(VaeTrainingOptions newVae) {
        return new DdfOptions(features, newVae, clustering, scoreFeatures);
    }

    /** A copy with other clustering options. */
    public DdfOptions withClustering(ClusteringOptions newClustering) {
        return new DdfOptions(features, vae, newClustering, scoreFeatures);
    }

    /** A copy with other feature options. */
    public DdfOptions withFeatures(FeatureOptions newFeatures) {
        return new DdfOptions(newFeatures, vae, clustering, scoreFeatures);
    }

    /** A copy scoring other features. */
    public DdfOptions withScoreFeatures(ScoreFeatures newScoreFeatures) {
        return new DdfOptions(features, vae, clustering, newScoreFeatures);
    }
}
