package org.ddf.core.plot;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.ddf.core.InvalidInputException;

/**
 * Points to plot, each with a label that picks its colour and legend entry.
 *
 * @param points one feature vector per row (N × d, finite)
 * @param labels label of each point, in [0, labelNames.size())
 * @param labelNames legend name of each label, distinct
 * @param featureNames axis name of each feature (d names)
 */
public record LabelledPoints(double[][] points, int[] labels, List<String> labelNames, List<String> featureNames) {

    /** The DDF latent features, in order. */
    public static final List<String> LATENT_FEATURES = List.of("mu1", "mu2", "logvar1", "logvar2");

    /** Checks shapes, label range and finiteness. */
    public LabelledPoints {
        labelNames = List.copyOf(labelNames);
        featureNames = List.copyOf(featureNames);
        if (points == null || points.length == 0) {
            throw new InvalidInputException("points", "is empty");
        }
        if (labels == null || labels.length != points.length) {
            throw new InvalidInputException("labels", "must have one entry per point (" + points.length + ")");
        }
        if (new HashSet<>(labelNames).size() != labelNames.size()) {
            throw new InvalidInputException("labelNames", "must be distinct: " + labelNames);
        }
        if (featureNames.size() < 2) {
            throw new InvalidInputException("featureNames", "must name at least 2 features");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != featureNames.size()) {
                throw new InvalidInputException("points[" + i + "]", "must have " + featureNames.size() + " features");
            }
            for (int j = 0; j < points[i].length; j++) {
                if (!Double.isFinite(points[i][j])) {
                    throw new InvalidInputException("points[" + i + "][" + j + "]", "is not finite: " + points[i][j]);
                }
            }
            if (labels[i] < 0 || labels[i] >= labelNames.size()) {
                throw new InvalidInputException("labels[" + i + "]", "must be in [0, " + labelNames.size() + "), got " + labels[i]);
            }
        }
    }

    /** DDF latent vectors [mu1, mu2, logvar1, logvar2] with the given labels. */
    public static LabelledPoints latent(double[][] points, int[] labels, List<String> labelNames) {
        return new LabelledPoints(points, labels, labelNames, LATENT_FEATURES);
    }

    /** Legend names "cluster 0" .. "cluster k−1". */
    public static List<String> clusterNames(int k) {
        return IntStream.range(0, k).mapToObj(c -> "cluster " + c).toList();
    }

    /** Number of features d. */
    public int dimension() {
        return featureNames.size();
    }

    /** Feature {@code j} of the points with label {@code label}. */
    double[] column(int j, int label) {
        return IntStream.range(0, points.length).filter(i -> labels[i] == label).mapToDouble(i -> points[i][j]).toArray();
    }

    /** Smallest and largest value of feature {@code j}. */
    double[] range(int j) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            lo = Math.min(lo, p[j]);
            hi = Math.max(hi, p[j]);
        }
        return new double[] {lo, hi};
    }
}
