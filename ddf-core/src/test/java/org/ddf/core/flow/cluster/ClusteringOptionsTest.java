package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ddf.core.InvalidInputException;
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
        assertThat(o.anomalyThresholdFactor()).as("the threshold is the percentile itself").isEqualTo(1.0);
        assertThat(o.newPatternMinWindows()).isEqualTo(5);
        assertThat(o.newPatternMinDays()).isEqualTo(3);
        assertThat(o.newPatternTimeRadiusDays()).isEqualTo(42);
        assertThat(o.newPatternRadiusFactor()).isEqualTo(1.0);
        assertThat(o.newPatternOutlierFactor()).isEqualTo(4.5);
        assertThat(o.newPatternErrorFeature()).isNull();
        assertThat(o.newPatternJoinMargin()).isNull();
    }

    @Test
    void errorFeatureIsCheckedAndKeptByTheCopies() {
        ClusteringOptions o = ClusteringOptions.defaults().withNewPatternErrorFeature(4);

        assertThat(o.withSeed(7).withK(3).withStandardise(true).withDistance(ClusterDistance.MAHALANOBIS)
                .withNewPatternRule(4, 1, 1, 0.5, 1).newPatternErrorFeature()).isEqualTo(4);
        assertThat(o.withNewPatternErrorFeature(null).newPatternErrorFeature()).isNull();
        assertThatThrownBy(() -> o.withNewPatternErrorFeature(-1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("options.newPatternErrorFeature");
    }

    @Test
    void joinMarginNeedsTheErrorFeatureAndIsKeptByTheCopies() {
        ClusteringOptions o = ClusteringOptions.defaults().withNewPatternErrorFeature(4).withNewPatternJoinMargin(3.0);

        assertThat(o.withSeed(7).withK(3).withStandardise(true).withDistance(ClusterDistance.MAHALANOBIS)
                .withNewPatternRule(4, 1, 1, 0.5, 1).withAnomalyThreshold(98, 2).withMinClusterShare(0.1)
                .newPatternJoinMargin()).isEqualTo(3.0);
        assertThat(o.withNewPatternErrorFeature(null).newPatternJoinMargin())
                .as("no error feature, nothing to join by").isNull();
        assertThatThrownBy(() -> ClusteringOptions.defaults().withNewPatternJoinMargin(3.0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("options.newPatternJoinMargin")
                .hasMessageContaining("newPatternErrorFeature");
        assertThatThrownBy(() -> o.withNewPatternJoinMargin(-0.5)).hasMessageContaining("options.newPatternJoinMargin");
        assertThatThrownBy(() -> o.withNewPatternJoinMargin(Double.NaN))
                .hasMessageContaining("options.newPatternJoinMargin");
    }

    @Test
    void newPatternRuleValuesAreCheckedAndKeptByTheCopies() {
        ClusteringOptions o = ClusteringOptions.defaults().withNewPatternRule(4, 1, 1, 0.5, 1);

        assertThat(o.withSeed(7).withK(3).withStandardise(true).withDistance(ClusterDistance.MAHALANOBIS))
                .extracting(ClusteringOptions::newPatternMinWindows, ClusteringOptions::newPatternMinDays,
                        ClusteringOptions::newPatternTimeRadiusDays, ClusteringOptions::newPatternRadiusFactor,
                        ClusteringOptions::newPatternOutlierFactor)
                .containsExactly(4, 1, 1, 0.5, 1.0);
        assertThatThrownBy(() -> o.withNewPatternRule(5, 0, 42, 1, 4.5)).hasMessageContaining("options.newPatternMinDays");
        assertThatThrownBy(() -> o.withNewPatternRule(5, 3, 0, 1, 4.5))
                .hasMessageContaining("options.newPatternTimeRadiusDays");
        assertThatThrownBy(() -> o.withNewPatternRule(5, 3, 42, 0, 4.5))
                .hasMessageContaining("options.newPatternRadiusFactor");
        assertThatThrownBy(() -> o.withNewPatternRule(5, 3, 42, Double.POSITIVE_INFINITY, 4.5))
                .hasMessageContaining("options.newPatternRadiusFactor");
        assertThatThrownBy(() -> o.withNewPatternRule(5, 3, 42, 1, 0.99))
                .hasMessageContaining("options.newPatternOutlierFactor");
        assertThatThrownBy(() -> o.withNewPatternRule(5, 3, 42, 1, Double.NaN))
                .hasMessageContaining("options.newPatternOutlierFactor");
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> ClusteringOptions.defaults().withK(0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("options.k");
        assertThatThrownBy(() -> new ClusteringOptions(null, 10, 10, 300, 1e-4, 1, false, ClusterDistance.EUCLIDEAN,
                0.1, 0, 1, 5, 3, 42, 1, 4.5, null, null, 0)).hasMessageContaining("options.anomalyPercentile");
        assertThatThrownBy(() -> ClusteringOptions.defaults().withAnomalyThreshold(99, 0.9))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("options.anomalyThresholdFactor");
        assertThatThrownBy(() -> ClusteringOptions.defaults().withMinClusterShare(1))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("options.minClusterShare");
        assertThatThrownBy(() -> ClusteringOptions.defaults().withMinClusterShare(-0.01))
                .hasMessageContaining("must be in [0, 1)");
        assertThat(ClusteringOptions.defaults().minClusterShare()).as("every k admissible, as the original").isZero();
    }
}
