package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CentreDistanceTest {

    @Test
    void mahalanobisWithDiagonalCovariance() {
        double[][] inverse = {{0.25, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};

        // variance 4 along the first axis: 2 units away is 1 standard deviation
        assertThat(CentreDistance.mahalanobis(new double[] {3, 1, 0, 0}, new double[] {1, 1, 0, 0}, inverse))
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void mahalanobisWithCorrelatedCovariance() {
        // S = [[2, 1], [1, 2]], S⁻¹ = [[2, −1], [−1, 2]] / 3; (1, 1) S⁻¹ (1, 1)ᵀ = 2/3
        double[][] inverse = {{2.0 / 3, -1.0 / 3}, {-1.0 / 3, 2.0 / 3}};

        assertThat(CentreDistance.mahalanobis(new double[] {1, 1}, new double[] {0, 0}, inverse))
                .isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(CentreDistance.euclidean(new double[] {1, 1}, new double[] {0, 0})).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void nearestPicksTheClosestCentre() {
        CentreDistance.Nearest nearest = CentreDistance.nearest(new double[] {4, 0},
                new double[][] {{0, 0}, {5, 0}, {9, 9}}, null);

        assertThat(nearest.label()).isEqualTo(1);
        assertThat(nearest.distance()).isCloseTo(1, within(1e-12));
    }
}
