package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ddf.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class SilhouetteTest {

    @Test
    void twoPairsByHand() {
        // Points 0, 1 | 4, 5: s(0) = (4.5 − 1) / 4.5, s(1) = (3.5 − 1) / 3.5, symmetric for 4 and 5.
        double[][] x = {{0}, {1}, {4}, {5}};
        double expected = (3.5 / 4.5 + 2.5 / 3.5) / 2;

        assertThat(Silhouette.mean(x, new int[] {0, 0, 1, 1}, 2)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void singletonCountsAsZeroAndNearestOtherClusterIsUsed() {
        // Point 10 alone: s = 0. Point 5: a = 1, b = min(4.5, 5) = 4.5.
        double[][] x = {{0}, {1}, {4}, {5}, {10}};
        double expected = (2 * 3.5 / 4.5 + 2 * 2.5 / 3.5 + 0) / 5;

        assertThat(Silhouette.mean(x, new int[] {0, 0, 1, 1, 2}, 3)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void oneNonEmptyClusterIsRejected() {
        assertThatThrownBy(() -> Silhouette.mean(new double[][] {{0}, {1}}, new int[] {1, 1}, 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("labels");
    }
}
