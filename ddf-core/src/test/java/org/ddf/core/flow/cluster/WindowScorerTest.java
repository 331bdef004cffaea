package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.ddf.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class WindowScorerTest {

    private static final double[][] REFERENCE = Blobs.around(Blobs.THREE, 100, 0.5, 5);

    @Test
    void euclideanThresholdIsThe99thPercentileOfReferenceDistances() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults());
        List<WindowLabel> labels = new WindowScorer(model).scoreAll(REFERENCE);

        double[] distances = labels.stream().mapToDouble(WindowLabel::distance).toArray();
        assertThat(model.k()).isEqualTo(3);
        assertThat(model.threshold()).isCloseTo(Percentile.of(distances, 99), within(1e-12));
        assertThat(model.groupRadius()).isEqualTo(model.threshold());
        assertThat(labels.stream().filter(WindowLabel::anomalous).count()).isLessThanOrEqualTo(3);
        assertThat(labels.get(0).score()).isCloseTo(labels.get(0).distance() / model.threshold(), within(1e-12));
    }

    @Test
    void thresholdFactorMultipliesThePercentileButNotTheGroupRadius() {
        ClusterModel plain = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults());
        ClusterModel doubled = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults().withAnomalyThreshold(99, 2));
        double[] centre = plain.centres()[0];
        double[] between = centre.clone();
        between[0] += 1.5 * plain.threshold();                              // 1.5 × the percentile from a centre

        assertThat(doubled.threshold()).isCloseTo(2 * plain.threshold(), within(1e-12));
        assertThat(doubled.anomalyThresholdFactor()).isEqualTo(2.0);
        assertThat(doubled.groupRadius()).as("new patterns link as before").isEqualTo(plain.groupRadius());
        assertThat(new WindowScorer(plain).score(between).score()).isCloseTo(1.5, within(1e-9));
        assertThat(new WindowScorer(plain).score(between).anomalous()).isTrue();
        assertThat(new WindowScorer(doubled).score(between).score()).isCloseTo(0.75, within(1e-9));
        assertThat(new WindowScorer(doubled).score(between).anomalous()).isFalse();
    }

    @Test
    void farPointIsFlaggedAndACentreIsNot() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults());
        WindowScorer scorer = new WindowScorer(model);

        WindowLabel far = scorer.score(new double[] {30, 30, 0, 0});
        WindowLabel centre = scorer.score(Blobs.THREE[1]);
        assertThat(far.anomalous()).isTrue();
        assertThat(far.score()).isGreaterThan(10);
        assertThat(far.newPattern()).isFalse();
        assertThat(centre.anomalous()).isFalse();
        assertThat(centre.score()).isLessThan(0.5);
        assertThat(model.centres()[centre.label()][0]).isCloseTo(5, within(0.2));
    }

    @Test
    void standardisedMahalanobisModelFlagsAboutOnePercent() {
        ClusteringOptions options = ClusteringOptions.defaults().withStandardise(true)
                .withDistance(ClusterDistance.MAHALANOBIS).withK(3);
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, options);
        WindowScorer scorer = new WindowScorer(model);

        assertThat(model.inverseCovariances().length).isEqualTo(3);
        assertThat(model.inverseCovariances()[2]).hasDimensions(4, 4);
        assertThat(model.featureMean()).hasSize(4);
        assertThat(scorer.scoreAll(REFERENCE).stream().filter(WindowLabel::anomalous).count()).isLessThanOrEqualTo(3);
        assertThat(scorer.score(new double[] {0, 0, 5, 5}).anomalous()).isTrue();
        assertThat(Arrays.stream(model.centresInFeatureSpace()).mapToDouble(c -> c[1]).max().orElseThrow())
                .isCloseTo(9, within(0.2));
    }

    @Test
    void nanFeatureIsRejectedWithItsPosition() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults().withK(3));
        double[][] batch = {{0, 0, 0, 0}, {0, Double.NaN, 0, 0}};

        assertThatThrownBy(() -> new WindowScorer(model).scoreAll(batch))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("features[1][1]");
    }
}
