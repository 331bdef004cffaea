package org.ddf.core.flow.cluster;

import org.ddf.core.InvalidInputException;

/**
 * Mean silhouette coefficient with Euclidean distances (Rousseeuw 1987, as scikit-learn's
 * {@code silhouette_score}): s(i) = (b − a) / max(a, b), where a is the mean distance to the other members of i's
 * cluster and b the smallest mean distance to another non-empty cluster; s(i) = 0 for a point alone in its cluster.
 * Smile 3.1.1 has no silhouette. O(n²·d) time, O(n·k) memory: each pair's distance is computed once.
 */
public final class Silhouette {

    private Silhouette() {
    }

    /**
     * The mean silhouette over all points.
     *
     * @param x points, one per row
     * @param labels cluster of each point, in [0, k)
     * @param k number of clusters; at least two must be non-empty
     */
    public static double mean(double[][] x, int[] labels, int k) {
        int n = x.length;
        if (labels.length != n) {
            throw new InvalidInputException("labels", "has " + labels.length + " entries for " + n + " points");
        }
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new InvalidInputException("labels[" + i + "]", "must be in [0, " + k + "), got " + labels[i]);
            }
            sizes[labels[i]]++;
        }
        int nonEmpty = 0;
        for (int size : sizes) {
            nonEmpty += size > 0 ? 1 : 0;
        }
        if (nonEmpty < 2) {
            throw new InvalidInputException("labels", "need at least 2 non-empty clusters, got " + nonEmpty);
        }
        double[][] sums = distanceSumsPerCluster(x, labels, k);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += coefficient(sums[i], labels[i], sizes);
        }
        return total / n;
    }

    /** sums[i][c] = Σ distance(x_i, x_j) over the points j of cluster c. */
    private static double[][] distanceSumsPerCluster(double[][] x, int[] labels, int k) {
        int n = x.length;
        double[][] sums = new double[n][k];
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            for (int j = i + 1; j < n; j++) {
                double[] xj = x[j];
                double s = 0;
                for (int f = 0; f < xi.length; f++) {
                    double diff = xi[f] - xj[f];
                    s += diff * diff;
                }
                double dist = Math.sqrt(s);
                sums[i][labels[j]] += dist;
                sums[j][labels[i]] += dist;
            }
        }
        return sums;
    }

    private static double coefficient(double[] sums, int own, int[] sizes) {
        if (sizes[own] == 1) {
            return 0;
        }
        double a = sums[own] / (sizes[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sizes.length; c++) {
            if (c != own && sizes[c] > 0) {
                b = Math.min(b, sums[c] / sizes[c]);
            }
        }
        double scale = Math.max(a, b);
        return scale == 0 ? 0 : (b - a) / scale;
    }
}
