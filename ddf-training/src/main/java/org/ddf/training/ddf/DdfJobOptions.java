package org.ddf.training.ddf;

import java.time.Duration;
import java.util.Locale;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.CorrelationInput;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.cluster.ClusterDistance;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.pipeline.DdfOptions;
import org.ddf.core.flow.pipeline.ScoreFeatures;
import org.ddf.core.flow.vae.VaeTrainingOptions;

/** Turns job parameters into ddf-core options (profile first, then each given override) and back. */
final class DdfJobOptions {

    private DdfJobOptions() {
    }

    /** The options a job's parameters ask for; bad values name their field. */
    static DdfOptions resolve(TrainDdfParams p) {
        DdfOptions base;
        try {
            base = DdfOptions.profile(p.profile() == null ? "robust" : p.profile());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("profile", e.getMessage());
        }
        VaeTrainingOptions v = base.vae();
        try {
            v = new VaeTrainingOptions(or(p.epochs(), v.epochs()), or(p.batchSize(), v.batchSize()),
                    or(p.learningRate(), v.learningRate()), v.lrMilestones(), v.lrFactor(), v.heldOutFraction(),
                    or(p.beta(), v.beta()), or(p.seed(), v.seed()), v.logvarClamp(), v.klWarmupEpochs(),
                    v.divergenceFactor(), or(p.keepBestEpoch(), v.keepBestEpoch()));
        } catch (IllegalArgumentException e) {
            // VaeTrainingOptions names the field first: "epochs must be ..."
            throw new InvalidRequestException(e.getMessage().split(" ", 2)[0], e.getMessage());
        }
        ScoreFeatures s = p.scoreFeatures() == null ? base.scoreFeatures()
                : enumOf(ScoreFeatures.class, p.scoreFeatures(), "scoreFeatures");
        ClusteringOptions c = base.clustering();
        NewPatternParams n = p.newPattern() == null ? new NewPatternParams(null, null, null, null, null, null, null, null)
                : p.newPattern();
        Integer error = errorFeature(n, c, s);
        try {
            c = new ClusteringOptions(p.k() != null ? p.k() : c.k(), c.kMax(), c.nInit(), c.maxIter(), c.tol(),
                    or(p.seed(), c.seed()), or(p.standardise(), c.standardise()),
                    p.distance() == null ? c.distance() : enumOf(ClusterDistance.class, p.distance(), "distance"),
                    c.shrinkage(), or(p.anomalyPercentile(), c.anomalyPercentile()),
                    or(p.anomalyThresholdFactor(), c.anomalyThresholdFactor()),
                    or(n.minWindows(), c.newPatternMinWindows()), or(n.minDays(), c.newPatternMinDays()),
                    or(n.timeRadiusDays(), c.newPatternTimeRadiusDays()), or(n.radiusFactor(), c.newPatternRadiusFactor()),
                    or(n.outlierFactor(), c.newPatternOutlierFactor()), error, joinMargin(n, c, error),
                    or(p.minClusterShare(), c.minClusterShare()));
        } catch (InvalidInputException e) {
            throw new InvalidRequestException(paramField(e.field()), e.getMessage());
        }
        FeatureOptions f = base.features();
        WindowSpec w = f.windowSpec();
        if (p.windowHours() != null) {
            if (p.windowHours() < 2 || p.windowHours() > 24 * 7) {
                throw new InvalidRequestException("windowHours", "must be between 2 and 168, was " + p.windowHours());
            }
            w = new WindowSpec(Duration.ofHours(p.windowHours()), w.dayStart(), w.zone(), w.minPresentFraction());
        }
        f = new FeatureOptions(p.correlation() == null ? f.correlationInput()
                : enumOf(CorrelationInput.class, p.correlation(), "correlation"), f.rounded(), w);
        return new DdfOptions(f, v, c, s);
    }

    /** The parameters with every default written out, as the job is stored. */
    static TrainDdfParams explicit(TrainDdfParams p, DdfOptions o) {
        return new TrainDdfParams(p.datasetId(), p.trainFrom(), p.trainTo(), p.referenceFrom(), p.referenceTo(),
                p.profile() == null ? "robust" : p.profile(), o.vae().epochs(), o.vae().batchSize(),
                o.vae().learningRate(), o.vae().beta(), o.vae().seed(), o.vae().keepBestEpoch(), o.clustering().k(),
                o.clustering().minClusterShare(),
                name(o.features().correlationInput()), (int) o.features().windowSpec().length().toHours(),
                o.clustering().anomalyPercentile(), o.clustering().anomalyThresholdFactor(),
                name(o.clustering().distance()), o.clustering().standardise(),
                name(o.scoreFeatures()), new NewPatternParams(o.clustering().newPatternMinWindows(),
                        o.clustering().newPatternMinDays(), o.clustering().newPatternTimeRadiusDays(),
                        o.clustering().newPatternRadiusFactor(), o.clustering().newPatternOutlierFactor(),
                        o.clustering().newPatternErrorFeature() != null, o.clustering().newPatternJoinMargin() != null,
                        o.clustering().newPatternJoinMargin()),
                p.activate() == null ? "never" : p.activate());
    }

    /**
     * The error feature's index (reconstruction error or linear residual) when the outlier stage is one-sided: as
     * asked, else as the profile has it where the score features carry one (a latent-only job falls back to the
     * symmetric stage).
     */
    private static Integer errorFeature(NewPatternParams n, ClusteringOptions profile, ScoreFeatures s) {
        Integer error = s.reconstructionErrorIndex();
        boolean oneSided = n.oneSided() != null ? n.oneSided() : profile.newPatternErrorFeature() != null && error != null;
        if (oneSided && error == null) {
            throw new InvalidRequestException("newPattern.oneSided",
                    "needs score features with an error feature (reconstruction error or linear residual), not " + name(s));
        }
        return oneSided ? error : null;
    }

    /**
     * The join margin: none when {@code join} is false; else as asked (a margin alone asks to join), else the
     * profile's where the outlier stage is one-sided (a job without the error feature joins nothing).
     */
    private static Double joinMargin(NewPatternParams n, ClusteringOptions profile, Integer error) {
        boolean join = n.join() != null ? n.join()
                : n.joinMargin() != null || profile.newPatternJoinMargin() != null && error != null;
        if (join && error == null) {
            throw new InvalidRequestException("newPattern.join",
                    "needs the one-sided outlier stage's error feature (newPattern.oneSided)");
        }
        if (!join && n.joinMargin() != null) {
            throw new InvalidRequestException("newPattern.joinMargin", "is set but newPattern.join is false");
        }
        return join ? or(n.joinMargin(), or(profile.newPatternJoinMargin(),
                ClusteringOptions.ROBUST_NEW_PATTERN_JOIN_MARGIN)) : null;
    }

    /** The job parameter behind a clustering option: {@code options.newPatternMinDays} → {@code newPattern.minDays}. */
    private static String paramField(String optionField) {
        String field = optionField.replace("options.", "");
        if (field.startsWith("newPattern") && field.length() > "newPattern".length()) {
            String rest = field.substring("newPattern".length());
            return "newPattern." + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }
        return field;
    }

    /** Lower-case, dash-separated form of an enum constant, as the API spells it. */
    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(value)) {
                return e;
            }
        }
        throw new InvalidRequestException(field, "unknown value '" + value + "'");
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
