package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearResidualTest {

    /** Four points of a 4 × 2 rectangle in the plane z = 0: mean (2, 1, 0), variance 4 along x and 1 along y. */
    private static final float[] RECTANGLE = {0, 0, 0, 4, 0, 0, 0, 2, 0, 4, 2, 0};

    @Test
    void residualsOffTheLeadingDirectionsAreTheHandComputedOnes() {
        LinearResidual one = LinearResidual.fit(RECTANGLE, 4, 1, 1);
        LinearResidual two = LinearResidual.fit(RECTANGLE, 4, 2, 1);
        LinearResidual none = LinearResidual.fit(RECTANGLE, 4, 0, 1);
        float[] probes = {2, 3, 0, 2, 1, 3, 5, 1, 0};
        // (2, 3, 0) is (0, 2, 0) from the mean: off the x axis by 2, in the plane; (2, 1, 3) is 3 off the plane.
        assertThat(one.meanSquaredResiduals(probes, 3)).containsExactly(new double[] {4.0 / 3, 9.0 / 3, 0}, within(1e-5));
        assertThat(two.meanSquaredResiduals(probes, 3)).containsExactly(new double[] {0, 9.0 / 3, 0}, within(1e-5));
        assertThat(none.meanSquaredResiduals(probes, 3)).containsExactly(new double[] {4.0 / 3, 9.0 / 3, 9.0 / 3}, within(1e-5));
        assertThat(new int[] {none.components(), one.components(), two.components()}).containsExactly(0, 1, 2);
    }

    @Test
    void keepsNoMoreDirectionsThanTheWindowsSpan() {
        assertThat(LinearResidual.fit(RECTANGLE, 4, 8, 1).components()).isEqualTo(2);
        assertThat(LinearResidual.fit(new float[] {1, 2, 3}, 1, 8, 1).components()).isZero();
    }

    @Test
    void windowsOfTheFittedSubspaceHaveNoResidualInHighDimension() {
        // 300 windows of D = 400 on a 5-dimensional affine subspace, plus one window off it by a known vector.
        int n = 300;
        int d = 400;
        Random random = new Random(3);
        float[][] basis = new float[5][d];
        for (float[] b : basis) {
            for (int j = 0; j < d; j++) {
                b[j] = (float) random.nextGaussian();
            }
        }
        float[] values = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 5; c++) {
                double w = random.nextGaussian() * (c + 1);
                for (int j = 0; j < d; j++) {
                    values[i * d + j] += (float) (w * basis[c][j]) + 0.1f;
                }
            }
        }
        LinearResidual model = LinearResidual.fit(values, n, 8, 7);
        assertThat(model.components()).isEqualTo(5);
        for (double r : model.meanSquaredResiduals(values, n)) {
            assertThat(r).isLessThan(1e-5);
        }
        // e_0 less its projection onto the basis is orthogonal to the subspace: the mean plus it has residual |v|²/D.
        double[] v = new double[d];
        v[0] = 1;
        for (float[] b : gramSchmidt(basis)) {
            double dot = b[0];
            for (int j = 0; j < d; j++) {
                v[j] -= dot * b[j];
            }
        }
        double norm = 0;
        float[] probe = new float[d];
        float[] mean = new float[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += values[i * d + j] / n;
            }
        }
        for (int j = 0; j < d; j++) {
            probe[j] = mean[j] + (float) v[j];
            norm += v[j] * v[j];
        }
        assertThat(model.meanSquaredResiduals(probe, 1)[0]).isCloseTo(norm / d, within(1e-5));
    }

    @Test
    void roundTripsThroughBytes() {
        LinearResidual model = LinearResidual.fit(RECTANGLE, 4, 1, 1);
        byte[] bytes = model.toBytes();
        LinearResidual read = LinearResidual.fromBytes(bytes);
        float[] probes = {2, 3, 0, 7, -1, 5};
        assertThat(read.meanSquaredResiduals(probes, 2)).containsExactly(model.meanSquaredResiduals(probes, 2));
        assertThat(read.components()).isEqualTo(1);
        assertThat(read.dimension()).isEqualTo(3);
        assertThatThrownBy(() -> LinearResidual.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length - 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearResidual.fromBytes(new byte[] {1, 2, 3, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a linear residual");
    }

    @Test
    void refusesFeaturesOfAnotherLength() {
        LinearResidual model = LinearResidual.fit(RECTANGLE, 4, 1, 1);
        assertThatThrownBy(() -> model.meanSquaredResiduals(new float[] {1, 2, 3, 4}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static float[][] gramSchmidt(float[][] basis) {
        int d = basis[0].length;
        float[][] out = new float[basis.length][];
        for (int c = 0; c < basis.length; c++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = basis[c][j];
            }
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += v[j] * out[p][j];
                }
                for (int j = 0; j < d; j++) {
                    v[j] -= dot * out[p][j];
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            out[c] = new float[d];
            for (int j = 0; j < d; j++) {
                out[c][j] = (float) (v[j] / Math.sqrt(norm));
            }
        }
        return out;
    }
}
