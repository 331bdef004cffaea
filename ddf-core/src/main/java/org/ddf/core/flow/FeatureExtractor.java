package org.ddf.core.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns windows into the VAE's input: per window the Pearson correlation matrix (optionally rounded), NaN entries
 * filled with their column's mean over the training matrices ({@link NanFillMeans}), then scaled by
 * {@code (r + 1) / 2} into [0, 1]. Works for any number of links C ≥ 2.
 */
public final class FeatureExtractor {

    private final FeatureOptions options;
    private final Correlation correlation;

    /** Creates an extractor with the given options. */
    public FeatureExtractor(FeatureOptions options) {
        this.options = options;
        this.correlation = new Correlation(options.correlationInput(), options.rounded());
    }

    /**
     * Windows of raw counters ready for {@link #fit} or {@link #transform}: cut by the options' window spec, then
     * their missing cells filled ({@link MissingValues#fill(List)}).
     */
    public List<TrafficWindow> windows(LinkCounters counters) {
        return MissingValues.fill(new Windower(options.windowSpec()).cut(counters)).value();
    }

    /**
     * Features of training windows; the NaN fill means are learned from these windows' matrices. A column that is
     * NaN in every matrix (a link constant all along) gets mean 0, "no correlation".
     *
     * @throws IllegalArgumentException for no windows, fewer than two links, differing link counts or NaN counters
     */
    public FittedFeatures fit(List<TrafficWindow> windows) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("no windows to learn features from");
        }
        int channels = windows.get(0).channels();
        List<double[]> matrices = matrices(windows, channels);
        double[] sums = new double[channels];
        int[] counts = new int[channels];
        for (double[] m : matrices) {
            for (int k = 0; k < m.length; k++) {
                if (!Double.isNaN(m[k])) {
                    sums[k % channels] += m[k];
                    counts[k % channels]++;
                }
            }
        }
        double[] means = new double[channels];
        for (int j = 0; j < channels; j++) {
            means[j] = counts[j] == 0 ? 0.0 : sums[j] / counts[j];
        }
        NanFillMeans fill = new NanFillMeans(means);
        int nan = 0;
        for (double[] m : matrices) {
            for (double r : m) {
                nan += Double.isNaN(r) ? 1 : 0;
            }
        }
        return new FittedFeatures(batch(windows, matrices, fill), fill, nan);
    }

    /**
     * Features of windows at inference, NaN entries filled with the training-time means.
     *
     * @throws IllegalArgumentException when the windows' link count differs from the means' or as for {@link #fit}
     */
    public FeatureBatch transform(List<TrafficWindow> windows, NanFillMeans fillMeans) {
        return batch(windows, matrices(windows, fillMeans.channels()), fillMeans);
    }

    private List<double[]> matrices(List<TrafficWindow> windows, int channels) {
        if (channels < 2) {
            throw new IllegalArgumentException("correlation features need at least 2 links, got " + channels);
        }
        List<double[]> matrices = new ArrayList<>(windows.size());
        for (TrafficWindow w : windows) {
            if (w.channels() != channels) {
                throw new IllegalArgumentException("window at " + w.start() + " has " + w.channels() + " links, expected " + channels);
            }
            for (double[] row : w.rows()) {
                for (double v : row) {
                    if (Double.isNaN(v)) {
                        throw new IllegalArgumentException("window at " + w.start()
                                + " has missing counters; fill them first (MissingValues.fill)");
                    }
                }
            }
            matrices.add(correlation.matrix(w.rows()));
        }
        return matrices;
    }

    private static FeatureBatch batch(List<TrafficWindow> windows, List<double[]> matrices, NanFillMeans fill) {
        int channels = fill.channels();
        int cells = channels * channels;
        float[] values = new float[matrices.size() * cells];
        List<Instant> starts = new ArrayList<>(windows.size());
        List<WindowKind> kinds = new ArrayList<>(windows.size());
        for (int i = 0; i < matrices.size(); i++) {
            double[] m = matrices.get(i);
            for (int k = 0; k < cells; k++) {
                double r = Double.isNaN(m[k]) ? fill.mean(k % channels) : m[k];
                values[i * cells + k] = (float) ((r + 1) / 2);
            }
            starts.add(windows.get(i).start());
            kinds.add(windows.get(i).kind());
        }
        return new FeatureBatch(channels, starts, kinds, values);
    }
}
