package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void ninetyNinthOfOneToHundredInterpolates() {
        double[] distances = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();

        // h = 99 × 0.99 = 98.01 → 99 + 0.01 × (100 − 99)
        assertThat(Percentile.of(distances, 99)).isCloseTo(99.01, within(1e-12));
        assertThat(Percentile.of(distances, 100)).isEqualTo(100);
        assertThat(Percentile.of(new double[] {3, 1, 2}, 50)).isEqualTo(2);
        assertThat(distances[0]).isEqualTo(100);
    }
}
