package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.cluster.ClusterDistance;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.LogvarClamp;
import org.ddf.core.flow.vae.VaeTrainingOptions;
import org.junit.jupiter.api.Test;

class DdfOptionsTest {

    @Test
    void profileNamesTheTwoProfiles() {
        assertThat(DdfOptions.profile("faithful")).isEqualTo(DdfOptions.faithful());
        assertThat(DdfOptions.profile("robust")).isEqualTo(DdfOptions.robust());
        assertThat(DdfOptions.faithful()).isNotEqualTo(DdfOptions.robust());
    }

    @Test
    void unknownProfileIsRefusedByName() {
        assertThatThrownBy(() -> DdfOptions.profile("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("faithful or robust").hasMessageContaining("'fast'");
    }

    @Test
    void faithfulKeepsTheOriginalsSettings() {
        DdfOptions faithful = DdfOptions.faithful();

        assertThat(faithful.vae()).isEqualTo(VaeTrainingOptions.faithful());
        assertThat(faithful.vae().learningRate()).isEqualTo(0.01);
        assertThat(faithful.vae().logvarClamp()).isEqualTo(LogvarClamp.NONE);
        assertThat(faithful.clustering()).isEqualTo(ClusteringOptions.defaults());
        assertThat(faithful.clustering().standardise()).isFalse();
        assertThat(faithful.clustering().distance()).isEqualTo(ClusterDistance.EUCLIDEAN);
        assertThat(faithful.clustering().anomalyPercentile()).isEqualTo(99.0);
        assertThat(faithful.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT);
    }

    @Test
    void robustHasTheDefaultsChosenInTheBenchmark() {
        DdfOptions robust = DdfOptions.robust();

        assertThat(robust.vae().learningRate()).isEqualTo(0.001);
        assertThat(robust.vae().beta()).isEqualTo(0.1);
        assertThat(robust.vae().klWarmupEpochs()).isZero();
        assertThat(robust.vae().logvarClamp()).isEqualTo(new LogvarClamp(-10, 10));
        assertThat(robust.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
        assertThat(robust.clustering().standardise()).isTrue();
        assertThat(robust.clustering().distance()).isEqualTo(ClusterDistance.MAHALANOBIS);
        assertThat(robust.clustering().anomalyPercentile()).isEqualTo(99.0);
        assertThat(robust.clustering().automaticK()).isTrue();
        assertThat(robust.clustering().newPatternErrorFeature()).isEqualTo(4);
        assertThat(robust.clustering().newPatternJoinMargin()).isEqualTo(3.0);
        assertThat(robust.clustering().anomalyPercentile()).isEqualTo(99.0);
        assertThat(robust.clustering().anomalyThresholdFactor()).isEqualTo(2.0);
        assertThat(DdfOptions.faithful().clustering().anomalyThresholdFactor()).isEqualTo(1.0);
        assertThat(DdfOptions.faithful().clustering().newPatternJoinMargin()).isNull();
        assertThat(DdfOptions.faithful().clustering().newPatternErrorFeature()).isNull();
        assertThat(robust.clustering().minClusterShare()).isEqualTo(0.02);
        assertThat(DdfOptions.faithful().clustering().minClusterShare()).isZero();
    }

    @Test
    void errorFeatureMustBeTheReconstructionError() {
        DdfOptions robust = DdfOptions.robust();

        assertThatThrownBy(() -> robust.withScoreFeatures(ScoreFeatures.LATENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("options.newPatternErrorFeature");
        assertThatThrownBy(() -> robust.withClustering(robust.clustering().withNewPatternErrorFeature(2)))
                .hasMessageContaining("is 2").hasMessageContaining("is 4");
        assertThat(robust.withClustering(robust.clustering().withNewPatternErrorFeature(null))
                .withScoreFeatures(ScoreFeatures.LATENT).clustering().newPatternErrorFeature()).isNull();
    }

    @Test
    void missingPartIsRefused() {
        assertThatThrownBy(() -> new DdfOptions(null, VaeTrainingOptions.robust(), ClusteringOptions.defaults(),
                ScoreFeatures.LATENT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
    }
}
