package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClusterModelJsonTest {

    private static final double[][] REFERENCE = Blobs.around(Blobs.THREE, 30, 0.5, 4);

    @Test
    void euclideanModelSurvivesARoundTrip() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults());

        String json = ClusterModelJson.write(model);
        ClusterModel back = ClusterModelJson.read(json);

        assertThat(json).contains("\"distance\":\"EUCLIDEAN\"").contains("\"kReason\"");
        assertThat(back).usingRecursiveComparison().isEqualTo(model);
    }

    @Test
    void standardisedMahalanobisModelSurvivesARoundTrip() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults().withStandardise(true)
                .withDistance(ClusterDistance.MAHALANOBIS));

        ClusterModel back = ClusterModelJson.read(ClusterModelJson.write(model));

        assertThat(back).usingRecursiveComparison().isEqualTo(model);
        double[] probe = {1, 2, -1, -1};
        assertThat(new WindowScorer(back).score(probe)).isEqualTo(new WindowScorer(model).score(probe));
    }

    @Test
    void modelStoredBeforeTheNewPatternParametersLoadsWithTheirDefaults() {
        ClusteringOptions defaults = ClusteringOptions.defaults();
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, defaults.withNewPatternRule(5, 1, 1, 2, 9));
        String older = ClusterModelJson.write(model).replaceAll(",\"(shrinkage|newPatternMinDays|"
                + "newPatternTimeRadiusDays|newPatternRadiusFactor|newPatternOutlierFactor)\":[0-9.]+", "");

        ClusterModel back = ClusterModelJson.read(older);

        assertThat(older).doesNotContain("newPatternMinDays").doesNotContain("shrinkage");
        assertThat(back.newPatternMinDays()).isEqualTo(defaults.newPatternMinDays());
        assertThat(back.newPatternTimeRadiusDays()).isEqualTo(defaults.newPatternTimeRadiusDays());
        assertThat(back.newPatternRadiusFactor()).isEqualTo(defaults.newPatternRadiusFactor());
        assertThat(back.newPatternOutlierFactor()).isEqualTo(defaults.newPatternOutlierFactor());
        assertThat(back.shrinkage()).isEqualTo(defaults.shrinkage());
        assertThat(back.threshold()).isEqualTo(model.threshold());
    }

    @Test
    void setAsideSizesSurviveARoundTripAndAnOlderModelReadsAsNoneSetAside() {
        // 30 windows per class and 2 far-off windows: k = 4 isolates them, a 5 % share (4.6 windows) sets them aside
        double[][] reference = Arrays.copyOf(REFERENCE, REFERENCE.length + 2);
        reference[REFERENCE.length] = new double[] {0, -30, -1, -1};
        reference[REFERENCE.length + 1] = new double[] {0.5, -30, -1, -1};
        ClusterModel model = ClusterModelBuilder.fit(reference, ClusteringOptions.defaults().withMinClusterShare(0.05));
        String json = ClusterModelJson.write(model);

        assertThat(model.k()).isEqualTo(3);
        assertThat(model.setAsideSizes()).containsExactly(2);
        assertThat(model.clusterSizes()).containsExactlyInAnyOrder(30, 30, 32);
        assertThat(ClusterModelJson.read(json).setAsideSizes()).containsExactly(2);
        assertThat(ClusterModelJson.read(json.replace(",\"setAsideSizes\":[2]", "")).setAsideSizes()).isEmpty();
    }

    @Test
    void errorFeatureSurvivesARoundTripAndAnOlderModelReadsAsSymmetric() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults().withNewPatternErrorFeature(3));
        String json = ClusterModelJson.write(model);

        assertThat(ClusterModelJson.read(json).newPatternErrorFeature()).isEqualTo(3);
        assertThat(ClusterModelJson.read(json.replace("\"newPatternErrorFeature\":3,", "")).newPatternErrorFeature())
                .isNull();
        assertThatThrownBy(() -> ClusterModelJson.read(json.replace("\"newPatternErrorFeature\":3",
                "\"newPatternErrorFeature\":4"))).hasMessageContaining("model.newPatternErrorFeature");
    }

    @Test
    void thresholdFactorAndJoinMarginSurviveARoundTripAndAnOlderModelReadsAsWithout() {
        ClusterModel model = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults().withNewPatternErrorFeature(3)
                .withNewPatternJoinMargin(3.0).withAnomalyThreshold(99, 2));
        String json = ClusterModelJson.write(model);
        String older = json.replace("\"anomalyThresholdFactor\":2.0,", "").replace("\"newPatternJoinMargin\":3.0,", "");

        ClusterModel back = ClusterModelJson.read(json);
        ClusterModel old = ClusterModelJson.read(older);

        assertThat(back).usingRecursiveComparison().isEqualTo(model);
        assertThat(older).doesNotContain("anomalyThresholdFactor").doesNotContain("newPatternJoinMargin");
        assertThat(old.anomalyThresholdFactor()).as("its threshold was the percentile itself").isEqualTo(1.0);
        assertThat(old.threshold()).as("the stored threshold is kept").isEqualTo(model.threshold());
        assertThat(old.newPatternJoinMargin()).isNull();
        assertThatThrownBy(() -> ClusterModelJson.read(json.replace("\"newPatternErrorFeature\":3",
                "\"newPatternErrorFeature\":null"))).hasMessageContaining("model.newPatternJoinMargin");
    }

    @Test
    void inconsistentDocumentIsRejected() {
        String json = ClusterModelJson.write(ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults().withK(3)))
                .replace("\"k\":3", "\"k\":4");

        assertThatThrownBy(() -> ClusterModelJson.read(json)).hasMessageContaining("model.centres");
    }
}
