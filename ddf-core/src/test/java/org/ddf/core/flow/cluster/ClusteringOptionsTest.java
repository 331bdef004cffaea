package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusteringOptionsTest {

    @Test
    void defaultsAreFaithful() {
        ClusteringOptions o = ClusteringOptions.defaults();

        assertThat(o.automaticK()).isTrue();
        assertThat(o.kMax()).isEqualTo(10);
        assertThat(o.nInit()).isEqualTo(10);
        assertThat(o.maxIter()).isEqualTo(300);
        assertThat(o.standardise()).isFalse();
        assertThat(o.distance()).isEqualTo(ClusterDistance.EUCLIDEAN);
        assertThat(o.anomalyPercentile()).isEqualTo(99);
        assertThat(o.newPatternMinWindows()).isEqualTo(5);
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> ClusteringOptions.defaults().withK(0))
                .isInstanceOf(InvalidClusteringInputException.class)
                .extracting(e -> ((InvalidClusteringInputException) e).field()).isEqualTo("options.k");
        assertThatThrownBy(() -> new ClusteringOptions(null, 10, 10, 300, 1e-4, 1, false, ClusterDistance.EUCLIDEAN,
                0.1, 0, 5)).hasMessageContaining("options.anomalyPercentile");
    }
}
