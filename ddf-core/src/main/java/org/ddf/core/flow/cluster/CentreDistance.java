package org.ddf.core.flow.cluster;

/** Distances from a point to cluster centres, Euclidean or Mahalanobis, and the nearest centre. */
public final class CentreDistance {

    private CentreDistance() {
    }

    /** Euclidean distance between {@code x} and {@code c}. */
    public static double euclidean(double[] x, double[] c) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double diff = x[j] - c[j];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    /** Mahalanobis distance sqrt((x − c)ᵀ S⁻¹ (x − c)) given the inverse covariance S⁻¹. */
    public static double mahalanobis(double[] x, double[] c, double[][] inverseCovariance) {
        int d = x.length;
        double s = 0;
        for (int i = 0; i < d; i++) {
            double di = x[i] - c[i];
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += inverseCovariance[i][j] * (x[j] - c[j]);
            }
            s += di * row;
        }
        return Math.sqrt(Math.max(0, s));
    }

    /**
     * The nearest centre of {@code x} and its distance.
     *
     * @param inverseCovariances one inverse covariance per centre for Mahalanobis, or {@code null} for Euclidean
     */
    static Nearest nearest(double[] x, double[][] centres, double[][][] inverseCovariances) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            double d = inverseCovariances == null
                    ? euclidean(x, centres[c])
                    : mahalanobis(x, centres[c], inverseCovariances[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return new Nearest(best, bestDistance);
    }

    /** The nearest centre's index and the distance to it. */
    record Nearest(int label, double distance) {
    }
}
