package org.ddf.training.ddf;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Parameters of a {@code train-ddf} job. Null means the profile's default; {@link TrainDdfHandler#validate}
 * stores the job with every default filled in, so a stored job says exactly what it ran.
 *
 * @param datasetId the link-counter data set
 * @param trainFrom start of the training range (default: the data set's first sample)
 * @param trainTo end of the training range, exclusive (default: after the last sample)
 * @param referenceFrom start of the reference range for clusters and threshold (default: trainFrom)
 * @param referenceTo its end, exclusive (default: trainTo)
 * @param profile {@code robust} (platform default) or {@code faithful} (the original's settings)
 * @param epochs VAE epochs
 * @param batchSize VAE batch size
 * @param learningRate Adam learning rate
 * @param beta weight of the KL term
 * @param seed seed of every random choice
 * @param keepBestEpoch keep the VAE of the epoch with the lowest held-out loss (robust) or of the last (faithful)
 * @param k number of clusters, or null to choose by elbow and silhouette
 * @param minClusterShare with k chosen automatically, clusters holding fewer than this share of the reference windows
 *                        are set aside as anomalies, not classes (robust 0.02, faithful 0)
 * @param correlation {@code counters} or {@code changes}
 * @param windowHours window length in hours
 * @param anomalyPercentile percentile of reference distances on which the anomaly threshold is set
 * @param anomalyThresholdFactor the threshold as a multiple of that percentile (robust: 2; faithful: 1)
 * @param distance {@code euclidean} or {@code mahalanobis}
 * @param standardise whether features are z-scored before clustering
 * @param scoreFeatures {@code latent}, {@code latent-and-reconstruction} (the VAE's reconstruction error, the whole VAE
 *                      runs for every window) or {@code latent-and-linear-residual} (robust default: the encoder alone)
 * @param newPattern the new-pattern rule
 * @param activate {@code never}, {@code always} or {@code if-better} (lower held-out loss than the active model)
 */
@Schema(description = "train-ddf parameters; anything left out takes the profile's default")
public record TrainDdfParams(
        @Schema(example = "1") Long datasetId,
        @Schema(example = "2018-01-01T00:00:00Z") Instant trainFrom,
        @Schema(example = "2020-01-01T00:00:00Z") Instant trainTo,
        Instant referenceFrom, Instant referenceTo,
        @Schema(example = "robust", allowableValues = {"robust", "faithful"}) String profile,
        @Schema(example = "50") Integer epochs, @Schema(example = "32") Integer batchSize,
        Double learningRate, Double beta, @Schema(example = "42") Long seed, Boolean keepBestEpoch, Integer k,
        @Schema(example = "0.02") Double minClusterShare,
        @Schema(allowableValues = {"counters", "changes"}) String correlation,
        @Schema(example = "12") Integer windowHours, @Schema(example = "99") Double anomalyPercentile,
        @Schema(example = "2") Double anomalyThresholdFactor,
        @Schema(allowableValues = {"euclidean", "mahalanobis"}) String distance, Boolean standardise,
        @Schema(allowableValues = {"latent", "latent-and-reconstruction", "latent-and-linear-residual"})
        String scoreFeatures,
        NewPatternParams newPattern,
        @Schema(allowableValues = {"never", "always", "if-better"}) String activate) {
}
