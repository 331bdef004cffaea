package org.ddf.core.flow;

import java.util.Arrays;

/**
 * The values NaN correlations are replaced with: for each column j of the C×C matrices, the mean of column j over
 * all matrices of the training windows (the original stacks the matrices into one table and fills each column with
 * its mean). Learned once by {@link FeatureExtractor#fit} and stored with the model, so inference fills the same way.
 *
 * @param columnMeans one mean per column, correlation scale [-1, 1]
 */
public record NanFillMeans(double[] columnMeans) {

    /** Copies the array and checks the values are finite. */
    public NanFillMeans {
        columnMeans = columnMeans.clone();
        for (int j = 0; j < columnMeans.length; j++) {
            if (!Double.isFinite(columnMeans[j])) {
                throw new IllegalArgumentException("column mean " + j + " is not finite: " + columnMeans[j]);
            }
        }
    }

    /** The means, copied. */
    @Override
    public double[] columnMeans() {
        return columnMeans.clone();
    }

    /** The mean of column j. */
    public double mean(int j) {
        return columnMeans[j];
    }

    /** Number of columns C. */
    public int channels() {
        return columnMeans.length;
    }

    /** Equal when the means are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NanFillMeans other && Arrays.equals(columnMeans, other.columnMeans);
    }

    /** Hash of the means. */
    @Override
    public int hashCode() {
        return Arrays.hashCode(columnMeans);
    }

    /** The means as text. */
    @Override
    public String toString() {
        return "NanFillMeans" + Arrays.toString(columnMeans);
    }
}
