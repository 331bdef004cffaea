package org.ddf.core.flow.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import org.ddf.core.flow.FeatureBatch;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * How far a window's correlation features lie off the principal subspace of the training windows' features: the
 * mean squared residual of the window after projecting its centred features onto the leading principal components
 * (Lakhina et al. 2004 score traffic this way). A window whose correlation structure the training windows never
 * showed has a large residual, as it has a large VAE reconstruction error, at a small fraction of the decoder's
 * cost (docs/benchmarks.md, "A linear residual instead of the decoder").
 *
 * <p>The components come from a randomized subspace iteration (Halko, Martinsson and Tropp 2011, algorithm 4.4) on
 * the centred features, so no D×D covariance is formed (D = C², 10,816 at C = 104); seeded, so a fit repeats.
 */
public final class LinearResidual {

    /** Principal components of the default: the detection measured the same from 2 to 32 (docs/benchmarks.md). */
    public static final int DEFAULT_COMPONENTS = 8;

    private static final int MAGIC = 0x44444652; // "DDFR"
    private static final int OVERSAMPLING = 8;
    private static final int POWER_ITERATIONS = 4;

    private final float[] mean;
    private final float[][] components;

    /**
     * A residual model from its parts.
     *
     * @param mean the training features' mean, length D
     * @param components orthonormal principal directions, each of length D (may be none)
     */
    public LinearResidual(float[] mean, float[][] components) {
        for (float[] c : components) {
            if (c.length != mean.length) {
                throw new IllegalArgumentException("component of length " + c.length + " for features of length " + mean.length);
            }
        }
        this.mean = mean.clone();
        this.components = new float[components.length][];
        for (int i = 0; i < components.length; i++) {
            this.components[i] = components[i].clone();
        }
    }

    /**
     * The residual a DDF model scores: {@link #DEFAULT_COMPONENTS} directions of its training windows' features,
     * seeded with the VAE's seed (the trainer and the evaluation harness fit it alike).
     *
     * @param training the training windows' correlation features
     * @param seed the VAE's seed
     */
    public static LinearResidual ofTraining(FeatureBatch training, long seed) {
        return fit(training.values(), training.size(), DEFAULT_COMPONENTS, seed);
    }

    /**
     * Fits the mean and the leading principal directions of n feature vectors.
     *
     * @param values n·D values, one window after the other
     * @param n number of windows (≥ 1)
     * @param components directions to keep; fewer when the windows span fewer
     * @param seed seed of the random start
     */
    public static LinearResidual fit(float[] values, int n, int components, long seed) {
        if (n < 1 || values.length % n != 0) {
            throw new IllegalArgumentException(values.length + " values do not split into " + n + " windows");
        }
        int d = values.length / n;
        float[] mean = mean(values, n, d);
        int k = Math.max(0, Math.min(components, Math.min(n - 1, d)));
        return new LinearResidual(mean, k == 0 ? new float[0][] : directions(values, n, mean, k, seed));
    }

    private static float[] mean(float[] values, int n, int d) {
        double[] sums = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                sums[j] += values[i * d + j];
            }
        }
        float[] mean = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sums[j] / n);
        }
        return mean;
    }

    /** Up to k leading principal directions of the centred windows; fewer when the windows span fewer. */
    private static float[][] directions(float[] values, int n, float[] mean, int k, long seed) {
        int d = mean.length;
        int r = Math.min(k + OVERSAMPLING, Math.min(n, d));
        Random random = new Random(seed);
        double[][] omega = new double[d][r];
        for (double[] row : omega) {
            for (int c = 0; c < r; c++) {
                row[c] = random.nextGaussian();
            }
        }
        double[][] q = orthonormal(times(values, n, mean, omega));
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            q = orthonormal(times(values, n, mean, orthonormal(transposeTimes(values, n, mean, q))));
        }
        // B = Qᵀ·Xc (r×D); its leading right singular vectors are the components: V = Bᵀ·U·Λ^(-1/2) from B·Bᵀ = U·Λ·Uᵀ.
        double[][] bt = transposeTimes(values, n, mean, q);
        Matrix btm = Matrix.of(bt);
        Matrix.EVD evd = btm.tm(btm).uplo(UPLO.LOWER).eigen(false, true, true).sort();
        float[][] out = new float[k][d];
        int kept = 0;
        // a direction of (numerically) no variance is not one the windows span
        for (int c = 0; c < k && evd.wr[c] > 1e-12 * Math.max(evd.wr[0], 1e-300); c++, kept++) {
            double scale = 1 / Math.sqrt(evd.wr[c]);
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int m = 0; m < r; m++) {
                    v += bt[j][m] * evd.Vr.get(m, c);
                }
                out[c][j] = (float) (v * scale);
            }
        }
        return Arrays.copyOf(out, kept);
    }

    /** Length D of the feature vectors. */
    public int dimension() {
        return mean.length;
    }

    /** Number of principal directions kept. */
    public int components() {
        return components.length;
    }

    /**
     * The mean squared residual of each window: |x − mean|² minus its squared projections, divided by D.
     *
     * @param values n·D values
     * @param n number of windows
     */
    public double[] meanSquaredResiduals(float[] values, int n) {
        int d = mean.length;
        if (values.length != (long) n * d) {
            throw new IllegalArgumentException(values.length + " values for " + n + " windows of " + d);
        }
        double[] out = new double[n];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                double v = values[i * d + j] - mean[j];
                centred[j] = v;
                norm += v * v;
            }
            out[i] = Math.max(norm - projected(centred), 0) / d;
        }
        return out;
    }

    /** The sum of the squared projections of a centred window onto the components. */
    private double projected(double[] centred) {
        double sum = 0;
        int c = 0;
        // four components per pass over the window: independent sums keep the floating-point units busy
        for (; c + 3 < components.length; c += 4) {
            float[] c0 = components[c];
            float[] c1 = components[c + 1];
            float[] c2 = components[c + 2];
            float[] c3 = components[c + 3];
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int j = 0; j < centred.length; j++) {
                double v = centred[j];
                a0 += v * c0[j];
                a1 += v * c1[j];
                a2 += v * c2[j];
                a3 += v * c3[j];
            }
            sum += a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3;
        }
        for (; c < components.length; c++) {
            double a = 0;
            for (int j = 0; j < centred.length; j++) {
                a += centred[j] * components[c][j];
            }
            sum += a * a;
        }
        return sum;
    }

    /** The model as bytes, to store beside the VAE's weights. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * mean.length * (components.length + 1) + 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(mean.length);
            out.writeInt(components.length);
            write(out, mean);
            for (float[] c : components) {
                write(out, c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a model written by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException when the bytes are not such a model
     */
    public static LinearResidual fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a linear residual model");
            }
            int d = in.readInt();
            int k = in.readInt();
            if (d < 1 || k < 0 || 4L * d * (k + 1) + 12 != bytes.length) {
                throw new IllegalArgumentException("linear residual model of " + bytes.length + " bytes for D = " + d + ", k = " + k);
            }
            float[] mean = read(in, d);
            float[][] components = new float[k][];
            for (int c = 0; c < k; c++) {
                components[c] = read(in, d);
            }
            return new LinearResidual(mean, components);
        } catch (IOException e) {
            throw new IllegalArgumentException("linear residual model truncated", e);
        }
    }

    private static void write(DataOutputStream out, float[] v) throws IOException {
        for (float x : v) {
            out.writeFloat(x);
        }
    }

    private static float[] read(DataInputStream in, int d) throws IOException {
        float[] v = new float[d];
        for (int j = 0; j < d; j++) {
            v[j] = in.readFloat();
        }
        return v;
    }

    /** (X − 1·meanᵀ)·M for M of D rows: n rows. */
    private static double[][] times(float[] x, int n, float[] mean, double[][] m) {
        int d = mean.length;
        int r = m[0].length;
        double[][] out = new double[n][r];
        for (int i = 0; i < n; i++) {
            double[] acc = out[i];
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j] - mean[j];
                double[] row = m[j];
                for (int c = 0; c < r; c++) {
                    acc[c] += v * row[c];
                }
            }
        }
        return out;
    }

    /** (X − 1·meanᵀ)ᵀ·Y for Y of n rows: D rows. */
    private static double[][] transposeTimes(float[] x, int n, float[] mean, double[][] y) {
        int d = mean.length;
        int r = y[0].length;
        double[][] out = new double[d][r];
        for (int i = 0; i < n; i++) {
            double[] yi = y[i];
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j] - mean[j];
                double[] acc = out[j];
                for (int c = 0; c < r; c++) {
                    acc[c] += v * yi[c];
                }
            }
        }
        return out;
    }

    /** An orthonormal basis of the columns (Smile's QR). */
    private static double[][] orthonormal(double[][] a) {
        return Matrix.of(a).qr(true).Q().toArray();
    }
}
