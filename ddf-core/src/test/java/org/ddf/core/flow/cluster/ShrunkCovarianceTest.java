package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ddf.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ShrunkCovarianceTest {

    // Cluster 0 spreads along x, cluster 1 along y; pooled trace 4 over n − k = 2 dof and d = 2 → τ = 1.
    private static final double[][] X = {{-1, 0}, {1, 0}, {10, -1}, {10, 1}};
    private static final int[] LABELS = {0, 0, 1, 1};
    private static final double[][] CENTRES = {{0, 0}, {10, 0}};

    @Test
    void inverseOfTheShrunkCovarianceByHand() {
        double[][][] inverses = ShrunkCovariance.inverses(X, LABELS, CENTRES, 0.5);

        // S0 = 0.5 [[2, 0], [0, 0]] + 0.5 I = diag(1.5, 0.5); S1 = diag(0.5, 1.5)
        assertThat(inverses[0][0][0]).isCloseTo(1 / 1.5, within(1e-12));
        assertThat(inverses[0][1][1]).isCloseTo(2, within(1e-12));
        assertThat(inverses[0][0][1]).isCloseTo(0, within(1e-12));
        assertThat(inverses[1][0][0]).isCloseTo(2, within(1e-12));
        assertThat(inverses[1][1][1]).isCloseTo(1 / 1.5, within(1e-12));
    }

    @Test
    void noShrinkageOnAFlatClusterIsRejected() {
        assertThatThrownBy(() -> ShrunkCovariance.inverses(X, LABELS, CENTRES, 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("options.shrinkage");
    }
}
