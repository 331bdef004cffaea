package org.ddf.core.flow.pipeline;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.cluster.NewPatternDetector;
import org.ddf.core.flow.cluster.WindowLabel;
import org.ddf.core.flow.cluster.WindowScorer;
import org.ddf.core.flow.vae.TrainedVae;
import org.ddf.core.flow.vae.VaeArchitecture;

/**
 * A trained DDF model: the VAE, its reference and, when it scores the linear residual, that residual's model.
 * Labels windows given as raw counters or as correlation features. Not thread-safe for the VAE part: serve it from
 * one thread (stack-notes §9).
 */
public final class DdfModel implements AutoCloseable {

    /** Marks stored weights that hold a linear residual model after the VAE's own weights. */
    private static final byte[] WITH_RESIDUAL = {'D', 'D', 'F', 'M'};

    private final TrainedVae vae;
    private final DdfReference reference;
    private final LinearResidual residual;
    private final FeatureExtractor extractor;
    private final WindowScorer scorer;
    private final NewPatternDetector newPatterns;

    /**
     * Wraps a trained VAE and its reference.
     *
     * @param vae the VAE, owned by this model from now on
     * @param reference its reference
     * @param residual the linear residual's model when the reference scores it ({@link
     *                 ScoreFeatures#LATENT_AND_LINEAR_RESIDUAL}), otherwise null
     */
    public DdfModel(TrainedVae vae, DdfReference reference, LinearResidual residual) {
        int channels = reference.channels();
        if (vae.architecture().channels() != channels) {
            throw new IllegalArgumentException("VAE has " + vae.architecture().channels() + " channels, reference "
                    + channels);
        }
        if ((reference.scoreFeatures() == ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL) != (residual != null)) {
            throw new IllegalArgumentException("a linear residual model goes with scoreFeatures "
                    + ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL + " and only with it, not with " + reference.scoreFeatures());
        }
        if (residual != null && residual.dimension() != channels * channels) {
            throw new IllegalArgumentException("linear residual of " + residual.dimension() + " features for " + channels
                    + " links");
        }
        this.vae = vae;
        this.reference = reference;
        this.residual = residual;
        this.extractor = new FeatureExtractor(reference.featureOptions());
        this.scorer = new WindowScorer(reference.clusters());
        this.newPatterns = new NewPatternDetector(reference.clusters());
    }

    /** Restores a model from its stored weights ({@link #weights()}) and reference. */
    public static DdfModel load(DdfReference reference, byte[] weights) {
        int marked = WITH_RESIDUAL.length;
        if (weights.length < marked + 4 || !Arrays.equals(weights, 0, marked, WITH_RESIDUAL, 0, marked)) {
            return new DdfModel(TrainedVae.load(new VaeArchitecture(reference.channels()), weights), reference, null);
        }
        ByteBuffer in = ByteBuffer.wrap(weights, marked, weights.length - marked);
        int vaeBytes = in.getInt();
        if (vaeBytes < 0 || vaeBytes > in.remaining()) {
            throw new IllegalArgumentException("stored weights are truncated: " + vaeBytes + " bytes of VAE weights announced, "
                    + in.remaining() + " left");
        }
        int from = in.position();
        LinearResidual residual = LinearResidual.fromBytes(Arrays.copyOfRange(weights, from + vaeBytes, weights.length));
        TrainedVae vae = TrainedVae.load(new VaeArchitecture(reference.channels()),
                Arrays.copyOfRange(weights, from, from + vaeBytes));
        try {
            return new DdfModel(vae, reference, residual);
        } catch (RuntimeException e) {
            vae.close();
            throw e;
        }
    }

    /** The reference (links, window settings, clusters). */
    public DdfReference reference() {
        return reference;
    }

    /** The VAE. */
    public TrainedVae vae() {
        return vae;
    }

    /** Cuts raw counters into complete windows (missing values filled) with the model's window settings. */
    public List<TrafficWindow> windows(LinkCounters counters) {
        return extractor.windows(counters);
    }

    /** The correlation features of windows, NaN entries filled with the training-time means. */
    public FeatureBatch features(List<TrafficWindow> windows) {
        return extractor.transform(windows, reference.nanFillMeans());
    }

    /**
     * The per-window score features: [mu1, mu2, logvar1, logvar2] and, when the model scores one, the log of its
     * error feature (the linear residual or the VAE's reconstruction error).
     *
     * @param values N·C·C scaled correlations
     * @param n number of windows
     */
    public double[][] scoreFeatures(float[] values, int n) {
        return scoreFeatures(vae, reference.scoreFeatures(), residual, values, n);
    }

    /**
     * The score features of windows under a VAE, before a reference exists (used while training).
     *
     * @param residual the linear residual's model, needed for {@link ScoreFeatures#LATENT_AND_LINEAR_RESIDUAL} only
     */
    static double[][] scoreFeatures(TrainedVae vae, ScoreFeatures kind, LinearResidual residual, float[] values, int n) {
        float[][] codes = kind == ScoreFeatures.LATENT_AND_RECONSTRUCTION ? vae.encodeWithError(values, n)
                : vae.encode(values, n);
        double[] residuals = kind == ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL
                ? residual.meanSquaredResiduals(values, n) : null;
        double[][] out = new double[n][kind.dimension()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = codes[i][j];
            }
            if (kind != ScoreFeatures.LATENT) {
                out[i][4] = logError(residuals == null ? codes[i][4] : residuals[i]);
            }
        }
        return out;
    }

    /** An error feature's value: the log of a mean squared error, floored so that a perfect fit stays finite. */
    static double logError(double meanSquaredError) {
        return Math.log(Math.max(meanSquaredError, 1e-12));
    }

    /** Scores features against the reference clusters (no new-pattern grouping). */
    public WindowLabel score(double[] features) {
        return scorer.score(features);
    }

    /**
     * Labels a set of windows' features, grouping its anomalous windows into new patterns with the full rule of
     * {@link NewPatternDetector}, which needs to know when each window starts.
     *
     * @param features one score-feature vector per window
     * @param starts each window's start, in the same order
     */
    public LabelledWindows label(double[][] features, List<Instant> starts) {
        return newPatterns.detect(features, starts);
    }

    /** Labels a feature batch end to end. */
    public LabelledWindows label(FeatureBatch batch) {
        return label(scoreFeatures(batch.values(), batch.size()), batch.starts());
    }

    /**
     * What to store besides the reference: the VAE's weights, and after them the linear residual's model when the
     * model scores it (models without one store the VAE's weights alone, as before it existed).
     */
    public byte[] weights() {
        byte[] vaeWeights = vae.weights();
        if (residual == null) {
            return vaeWeights;
        }
        byte[] residualBytes = residual.toBytes();
        return ByteBuffer.allocate(WITH_RESIDUAL.length + 4 + vaeWeights.length + residualBytes.length)
                .put(WITH_RESIDUAL).putInt(vaeWeights.length).put(vaeWeights).put(residualBytes).array();
    }

    @Override
    public void close() {
        vae.close();
    }
}
