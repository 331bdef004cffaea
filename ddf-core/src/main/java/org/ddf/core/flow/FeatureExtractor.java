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
        int channels = checkedChannels(windows.get(0).channels());
        int cells = channels * channels;
        float[] values = new float[windows.size() * cells];
        double[] sums = new double[channels];
        int[] counts = new int[channels];
        for (int w = 0; w < windows.size(); w++) {
            double[] m = matrix(windows.get(w), channels);
            for (int i = 0; i < channels; i++) {
                for (int j = 0; j < channels; j++) {
                    double r = m[i * channels + j];
                    if (!Double.isNaN(r)) {
                        sums[j] += r;
                        counts[j]++;
                    }
                    values[w * cells + i * channels + j] = scaled(r);
                }
            }
        }
        double[] means = new double[channels];
        for (int j = 0; j < channels; j++) {
            means[j] = counts[j] == 0 ? 0.0 : sums[j] / counts[j];
        }
        NanFillMeans fill = new NanFillMeans(means);
        int filled = fillNaN(values, fill);
        return new FittedFeatures(batch(windows, channels, values), fill, filled);
    }

    /**
     * Features of windows at inference, NaN entries filled with the training-time means.
     *
     * @throws IllegalArgumentException when the windows' link count differs from the means' or as for {@link #fit}
     */
    public FeatureBatch transform(List<TrafficWindow> windows, NanFillMeans fillMeans) {
        int channels = checkedChannels(fillMeans.channels());
        int cells = channels * channels;
        float[] values = new float[windows.size() * cells];
        for (int w = 0; w < windows.size(); w++) {
            double[] m = matrix(windows.get(w), channels);
            for (int k = 0; k < cells; k++) {
                values[w * cells + k] = scaled(m[k]);
            }
        }
        fillNaN(values, fillMeans);
        return batch(windows, channels, values);
    }

    private static int checkedChannels(int channels) {
        if (channels < 2) {
            throw new IllegalArgumentException("correlation features need at least 2 links, got " + channels);
        }
        return channels;
    }

    private double[] matrix(TrafficWindow w, int channels) {
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
        return correlation.matrix(w.rows());
    }

    /** Maps a correlation from [-1, 1] to [0, 1]; NaN stays NaN until {@link #fillNaN}. */
    private static float scaled(double r) {
        return (float) ((r + 1) / 2);
    }

    /** Replaces NaN entries with their column's scaled mean; returns how many there were. */
    private static int fillNaN(float[] values, NanFillMeans fill) {
        int channels = fill.channels();
        float[] scaledMeans = new float[channels];
        for (int j = 0; j < channels; j++) {
            scaledMeans[j] = scaled(fill.mean(j));
        }
        int filled = 0;
        for (int k = 0; k < values.length; k++) {
            if (Float.isNaN(values[k])) {
                values[k] = scaledMeans[k % channels];
                filled++;
            }
        }
        return filled;
    }

    private static FeatureBatch batch(List<TrafficWindow> windows, int channels, float[] values) {
        List<Instant> starts = new ArrayList<>(windows.size());
        List<WindowKind> kinds = new ArrayList<>(windows.size());
        for (TrafficWindow w : windows) {
            starts.add(w.start());
            kinds.add(w.kind());
        }
        return new FeatureBatch(channels, starts, kinds, values);
    }
}
