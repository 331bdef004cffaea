package org.ddf.core.flow.cluster;

import org.ddf.core.InvalidInputException;

/** Checks of feature arrays at the boundary, so that NaN or ragged rows fail loudly with their position. */
final class FeatureMatrix {

    private FeatureMatrix() {
    }

    /**
     * Checks that {@code x} is a non-empty rectangular matrix of finite numbers.
     *
     * @return the number of columns
     */
    static int requireValid(double[][] x, String field) {
        if (x == null || x.length == 0) {
            throw new InvalidInputException(field, "is empty");
        }
        if (x[0] == null || x[0].length == 0) {
            throw new InvalidInputException(field + "[0]", "has no features");
        }
        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            requireVector(x[i], d, field + "[" + i + "]");
        }
        return d;
    }

    /** Checks that {@code v} has {@code d} finite entries. */
    static void requireVector(double[] v, int d, String field) {
        if (v == null || v.length != d) {
            throw new InvalidInputException(field, "must have " + d + " features, got "
                    + (v == null ? "none" : v.length));
        }
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(v[j])) {
                throw new InvalidInputException(field + "[" + j + "]", "is not finite: " + v[j]);
            }
        }
    }
}
