package org.ddf.core.flow.pipeline;

import java.util.List;
import org.ddf.core.flow.cluster.ClusterDistance;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.LogvarClamp;
import org.ddf.core.flow.vae.VaeTrainingOptions;

/**
 * The named option sets the benchmark compares. A VAE set says how the VAE trains; a scoring set says what is
 * clustered and how, optionally with {@code @P} for another anomaly percentile (e.g. {@code std+rec+maha@97.5}),
 * or {@code @PxF} for the threshold at F × that percentile (e.g. {@code robust@99x1}, the robust profile's threshold
 * before it had a factor), and then {@code ~w:d:t:r:o} for another new-pattern rule: min windows, min days, time
 * radius in days, radius factor, outlier factor (e.g. {@code robust~5:1:36500:1:1000}, the density rule alone),
 * optionally followed by {@code :e}, the error feature of a one-sided outlier stage or {@code -} for a symmetric
 * one (e.g. {@code robust~5:3:42:1:4.5:-}, the rule before the outlier stage was one-sided), and then by
 * {@code :j}, the join margin or {@code -} for none (e.g. {@code robust~5:3:42:1:4.5:4:-}, the rule before windows
 * joined patterns). A final {@code %s} sets the smallest cluster share of the automatic k (e.g. {@code robust%0},
 * the robust profile before it had one).
 */
final class OptionSets {

    /** VAE set names ({@code betaX} for any β = X, optionally {@code -nowarmup}). */
    static final List<String> VAE = List.of("faithful", "lr0.001", "clamp", "warmup", "robust", "betaX",
            "betaX-nowarmup");
    /** Scoring set names (before any {@code @P}). */
    static final List<String> SCORING = List.of("faithful", "robust", "robust-rec", "robust-lin", "raw", "std",
            "std+maha", "std+rec", "std+rec+maha", "rec+maha");

    private static final LogvarClamp CLAMP = new LogvarClamp(-10, 10);
    private static final int WARMUP = 5;

    private OptionSets() {
    }

    /**
     * The VAE options of a named set: {@code faithful} and {@code robust} are the profiles; {@code lr0.001},
     * {@code clamp} and {@code warmup} change one thing of the faithful profile; {@code betaX} is lr 0.001, logvar
     * clamped to [−10, 10], β = X with a KL warm-up over 5 epochs, {@code betaX-nowarmup} the same without warm-up
     * ({@code beta0.1-nowarmup} equals {@code robust}).
     */
    static VaeTrainingOptions vae(String name) {
        VaeTrainingOptions robust = VaeTrainingOptions.robust();
        if (name.startsWith("beta")) {
            boolean warmup = !name.endsWith("-nowarmup");
            double beta = Double.parseDouble(name.substring(4, warmup ? name.length() : name.length() - 9));
            return faithfulWith(robust.learningRate(), robust.logvarClamp(), warmup ? WARMUP : 0, beta);
        }
        return switch (name) {
            case "faithful" -> VaeTrainingOptions.faithful();
            case "robust" -> robust;
            case "lr0.001" -> faithfulWith(0.001, LogvarClamp.NONE, 0, 1);
            case "clamp" -> faithfulWith(0.01, CLAMP, 0, 1);
            case "warmup" -> faithfulWith(0.01, LogvarClamp.NONE, WARMUP, 1);
            default -> throw new IllegalArgumentException("vae set must be one of " + VAE + ", was '" + name + "'");
        };
    }

    /**
     * The DDF options of a named scoring set on the given VAE options: {@code faithful} and {@code robust} take
     * the profiles' clustering and score features; {@code robust-rec} and {@code robust-lin} take the robust
     * profile's clustering with the log reconstruction error, respectively the log linear residual, as the fifth
     * feature (whichever the profile scores, so that the two compare in one run); {@code raw} is unscaled
     * Euclidean on [mu, logvar]; {@code std} z-scores the features; {@code maha} scores by Mahalanobis distance;
     * {@code rec} adds the log reconstruction error.
     */
    static DdfOptions scoring(String name, VaeTrainingOptions vae) {
        String[] shareParts = name.split("%", 2);
        String[] ruleParts = shareParts[0].split("~", 2);
        String[] parts = ruleParts[0].split("@", 2);
        DdfOptions options = switch (parts[0]) {
            case "faithful" -> DdfOptions.faithful();
            case "robust" -> DdfOptions.robust();
            case "robust-rec" -> DdfOptions.robust().withScoreFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION);
            case "robust-lin" -> DdfOptions.robust().withScoreFeatures(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
            case "raw" -> custom(false, ClusterDistance.EUCLIDEAN, ScoreFeatures.LATENT);
            case "std" -> custom(true, ClusterDistance.EUCLIDEAN, ScoreFeatures.LATENT);
            case "std+maha" -> custom(true, ClusterDistance.MAHALANOBIS, ScoreFeatures.LATENT);
            case "std+rec" -> custom(true, ClusterDistance.EUCLIDEAN, ScoreFeatures.LATENT_AND_RECONSTRUCTION);
            case "std+rec+maha" -> custom(true, ClusterDistance.MAHALANOBIS, ScoreFeatures.LATENT_AND_RECONSTRUCTION);
            case "rec+maha" -> custom(false, ClusterDistance.MAHALANOBIS, ScoreFeatures.LATENT_AND_RECONSTRUCTION);
            default -> throw new IllegalArgumentException("scoring set must be one of " + SCORING
                    + " (optionally @percentile), was '" + name + "'");
        };
        if (parts.length == 2) {
            String[] threshold = parts[1].split("x", 2);
            ClusteringOptions c = options.clustering();
            options = options.withClustering(c.withAnomalyThreshold(Double.parseDouble(threshold[0]),
                    threshold.length == 2 ? Double.parseDouble(threshold[1]) : c.anomalyThresholdFactor()));
        }
        if (ruleParts.length == 2) {
            String[] rule = ruleParts[1].split(":");
            if (rule.length < 5 || rule.length > 7) {
                throw new IllegalArgumentException("scoring set '" + name + "': the rule after ~ needs 5 numbers "
                        + "w:d:t:r:o, optionally then :e and :j");
            }
            ClusteringOptions c = options.clustering().withNewPatternRule(Integer.parseInt(rule[0]),
                    Integer.parseInt(rule[1]), Integer.parseInt(rule[2]), Double.parseDouble(rule[3]),
                    Double.parseDouble(rule[4]));
            if (rule.length >= 6) {
                c = c.withNewPatternErrorFeature(rule[5].equals("-") ? null : Integer.valueOf(rule[5]));
            }
            if (rule.length == 7) {
                c = c.withNewPatternJoinMargin(rule[6].equals("-") ? null : Double.valueOf(rule[6]));
            }
            options = options.withClustering(c);
        }
        if (shareParts.length == 2) {
            options = options.withClustering(options.clustering().withMinClusterShare(Double.parseDouble(shareParts[1])));
        }
        return options.withVae(vae);
    }

    private static DdfOptions custom(boolean standardise, ClusterDistance distance, ScoreFeatures features) {
        return DdfOptions.faithful().withScoreFeatures(features)
                .withClustering(ClusteringOptions.defaults().withStandardise(standardise).withDistance(distance));
    }

    private static VaeTrainingOptions faithfulWith(double lr, LogvarClamp clamp, int warmup, double beta) {
        VaeTrainingOptions f = VaeTrainingOptions.faithful();
        return new VaeTrainingOptions(f.epochs(), f.batchSize(), lr, f.lrMilestones(), f.lrFactor(),
                f.heldOutFraction(), beta, f.seed(), clamp, warmup, f.divergenceFactor(), f.keepBestEpoch());
    }
}
