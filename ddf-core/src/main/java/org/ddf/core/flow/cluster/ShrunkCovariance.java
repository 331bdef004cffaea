package org.ddf.core.flow.cluster;

import org.ddf.core.InvalidInputException;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * Per-cluster covariance shrunk towards a scaled identity, and its inverse: S = (1 − λ)·Σ_c + λ·τ·I, where Σ_c is
 * the cluster's sample covariance (zero for a cluster of fewer than 2 points) and τ the mean variance of the
 * pooled within-cluster covariance. The target never vanishes for spread data, so small or flat clusters still get
 * an invertible S.
 */
public final class ShrunkCovariance {

    private ShrunkCovariance() {
    }

    /**
     * Inverse shrunk covariance of each cluster.
     *
     * @param x points, one per row
     * @param labels cluster of each point in [0, k)
     * @param centres the k centres
     * @param shrinkage λ in [0, 1]
     * @return k inverse covariances, d × d each
     */
    public static double[][][] inverses(double[][] x, int[] labels, double[][] centres, double shrinkage) {
        int k = centres.length;
        int d = centres[0].length;
        double[][][] scatter = new double[k][d][d];
        int[] sizes = new int[k];
        for (int i = 0; i < x.length; i++) {
            int c = labels[i];
            sizes[c]++;
            for (int a = 0; a < d; a++) {
                double da = x[i][a] - centres[c][a];
                for (int b = 0; b < d; b++) {
                    scatter[c][a][b] += da * (x[i][b] - centres[c][b]);
                }
            }
        }
        double tau = pooledMeanVariance(scatter, x.length - k);
        if (!(tau > 0)) {
            throw new InvalidInputException("reference", "has no spread within clusters: Mahalanobis distance is undefined");
        }
        double[][][] inverses = new double[k][][];
        for (int c = 0; c < k; c++) {
            double[][] s = new double[d][d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double cov = sizes[c] >= 2 ? scatter[c][a][b] / (sizes[c] - 1) : 0;
                    s[a][b] = (1 - shrinkage) * cov + (a == b ? shrinkage * tau : 0);
                }
            }
            inverses[c] = invert(s, c);
        }
        return inverses;
    }

    private static double pooledMeanVariance(double[][][] scatter, int degreesOfFreedom) {
        double trace = 0;
        for (double[][] s : scatter) {
            for (int a = 0; a < s.length; a++) {
                trace += s[a][a];
            }
        }
        return trace / Math.max(1, degreesOfFreedom) / scatter[0].length;
    }

    private static double[][] invert(double[][] s, int cluster) {
        Matrix m = Matrix.of(s);
        m.uplo(UPLO.LOWER);
        try {
            return m.cholesky().inverse().toArray();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("options.shrinkage",
                    "is too small: the covariance of cluster " + cluster + " is singular (" + e.getMessage() + ")");
        }
    }

}
