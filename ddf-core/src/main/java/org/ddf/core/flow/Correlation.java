package org.ddf.core.flow;

/**
 * Pearson correlation matrix of the C columns of a window's rows. Each column is centred and scaled to unit norm
 * once, then the C×C matrix is one pass of dot products (104 links × 12 rows: tens of microseconds). A constant
 * column (or one holding NaN) has no correlation: its row and column, diagonal included, are NaN, as in
 * pandas and numpy.
 */
public final class Correlation {

    private final CorrelationInput input;
    private final boolean rounded;

    /**
     * @param input counters or their first differences
     * @param rounded round to 2 decimals, half to even as {@code numpy.round} does
     */
    public Correlation(CorrelationInput input, boolean rounded) {
        this.input = input;
        this.rounded = rounded;
    }

    /**
     * The correlation matrix.
     *
     * @param rows T rows of C values (T ≥ 2 for counters, T ≥ 3 for changes, C ≥ 1)
     * @return C×C correlations, row-major
     * @throws IllegalArgumentException for too few rows or ragged rows
     */
    public double[] matrix(double[][] rows) {
        int n = input == CorrelationInput.CHANGES ? rows.length - 1 : rows.length;
        if (n < 2) {
            throw new IllegalArgumentException("correlation of " + input + " needs "
                    + (input == CorrelationInput.CHANGES ? 3 : 2) + " rows or more, got " + rows.length);
        }
        int channels = rows[0].length;
        for (double[] row : rows) {
            if (row.length != channels) {
                throw new IllegalArgumentException("ragged rows: " + row.length + " values among rows of " + channels);
            }
        }
        // z is time-major (z[t·C + c]) so that the product below runs along contiguous memory.
        double[] z = new double[n * channels];
        boolean[] flat = new boolean[channels];
        for (int c = 0; c < channels; c++) {
            flat[c] = !standardise(rows, c, n, channels, z);
        }
        double[] out = upperProduct(z, n, channels);
        for (int i = 0; i < channels; i++) {
            out[i * channels + i] = flat[i] ? Double.NaN : 1.0;
            for (int j = i + 1; j < channels; j++) {
                double r = flat[i] || flat[j] ? Double.NaN : finish(out[i * channels + j]);
                out[i * channels + j] = r;
                out[j * channels + i] = r;
            }
        }
        return out;
    }

    /** The upper triangle of zᵀz, i.e. the correlations once z holds unit-norm centred columns. */
    private static double[] upperProduct(double[] z, int n, int channels) {
        double[] out = new double[channels * channels];
        for (int t = 0; t < n; t++) {
            int row = t * channels;
            for (int i = 0; i < channels; i++) {
                double a = z[row + i];
                int base = i * channels;
                for (int j = i + 1; j < channels; j++) {
                    out[base + j] += a * z[row + j];
                }
            }
        }
        return out;
    }

    /** Rounds to 2 decimals, ties to even, exactly as {@code numpy.round(x, 2)}: {@code rint(x·100)/100}. */
    public static double round2(double r) {
        return Math.rint(r * 100) / 100;
    }

    /** Writes column c's series centred and at unit norm into z; false when it is constant or not finite. */
    private boolean standardise(double[][] rows, int c, int n, int channels, double[] z) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            double v = input == CorrelationInput.CHANGES ? rows[t + 1][c] - rows[t][c] : rows[t][c];
            z[t * channels + c] = v;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // An exact min == max test, because a centred constant is not exactly zero in floating point.
        if (!(max > min) || !Double.isFinite(max - min)) {
            for (int t = 0; t < n; t++) {
                z[t * channels + c] = 0;
            }
            return false;
        }
        double mean = sum / n;
        double squares = 0;
        for (int t = 0; t < n; t++) {
            double d = z[t * channels + c] - mean;
            z[t * channels + c] = d;
            squares += d * d;
        }
        double scale = 1 / Math.sqrt(squares);
        for (int t = 0; t < n; t++) {
            z[t * channels + c] *= scale;
        }
        return true;
    }

    private double finish(double r) {
        double clipped = Math.max(-1, Math.min(1, r));
        return rounded ? round2(clipped) : clipped;
    }
}
