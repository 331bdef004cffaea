package org.ddf.core.flow.cluster;

import java.util.Random;

/** Gaussian blobs around given centres, seeded, for clustering tests. */
final class Blobs {

    private Blobs() {
    }

    /** {@code perBlob} points around each centre with standard deviation {@code sigma}, blob after blob. */
    static double[][] around(double[][] centres, int perBlob, double sigma, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[centres.length * perBlob][];
        for (int c = 0; c < centres.length; c++) {
            for (int i = 0; i < perBlob; i++) {
                double[] p = new double[centres[c].length];
                for (int j = 0; j < p.length; j++) {
                    p[j] = centres[c][j] + sigma * random.nextGaussian();
                }
                x[c * perBlob + i] = p;
            }
        }
        return x;
    }

    /** Four well-separated centres in 4-D (pairwise at least 10 apart). */
    static final double[][] FOUR = {
        {0, 0, -1, -1}, {10, 0, -1, -1}, {0, 10, -2, -1}, {10, 10, -1, -3}
    };

    /** Three well-separated centres in 4-D. */
    static final double[][] THREE = {
        {-5, 0, -1, -1}, {5, 0, -1, -1}, {0, 9, -2, -2}
    };
}
