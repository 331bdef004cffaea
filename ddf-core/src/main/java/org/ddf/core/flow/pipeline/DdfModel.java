package org.ddf.core.flow.pipeline;

import java.time.Instant;
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
 * A trained DDF model: the VAE and its reference. Labels windows given as raw counters or as correlation
 * features. Not thread-safe for the VAE part: serve it from one thread (stack-notes §9).
 */
public final class DdfModel implements AutoCloseable {

    private final TrainedVae vae;
    private final DdfReference reference;
    private final FeatureExtractor extractor;
    private final WindowScorer scorer;
    private final NewPatternDetector newPatterns;

    /**
     * Wraps a trained VAE and its reference.
     *
     * @param vae the VAE, owned by this model from now on
     * @param reference its reference
     */
    public DdfModel(TrainedVae vae, DdfReference reference) {
        if (vae.architecture().channels() != reference.channels()) {
            throw new IllegalArgumentException("VAE has " + vae.architecture().channels() + " channels, reference "
                    + reference.channels());
        }
        this.vae = vae;
        this.reference = reference;
        this.extractor = new FeatureExtractor(reference.featureOptions());
        this.scorer = new WindowScorer(reference.clusters());
        this.newPatterns = new NewPatternDetector(reference.clusters());
    }

    /** Restores a model from stored weights and reference. */
    public static DdfModel load(DdfReference reference, byte[] weights) {
        return new DdfModel(TrainedVae.load(new VaeArchitecture(reference.channels()), weights), reference);
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
     * The per-window score features: [mu1, mu2, logvar1, logvar2] and, when the model scores it, the log
     * reconstruction error.
     *
     * @param values N·C·C scaled correlations
     * @param n number of windows
     */
    public double[][] scoreFeatures(float[] values, int n) {
        return scoreFeatures(vae, reference.scoreFeatures(), values, n);
    }

    /** The score features of windows under a VAE, before a reference exists (used while training). */
    static double[][] scoreFeatures(TrainedVae vae, ScoreFeatures kind, float[] values, int n) {
        float[][] codes = kind == ScoreFeatures.LATENT ? vae.encode(values, n) : vae.encodeWithError(values, n);
        double[][] out = new double[n][kind.dimension()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = codes[i][j];
            }
            if (kind != ScoreFeatures.LATENT) {
                out[i][4] = Math.log(Math.max(codes[i][4], 1e-12));
            }
        }
        return out;
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

    /** The VAE's weights, to store. */
    public byte[] weights() {
        return vae.weights();
    }

    @Override
    public void close() {
        vae.close();
    }
}
