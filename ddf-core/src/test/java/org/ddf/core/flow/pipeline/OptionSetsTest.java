package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.VaeTrainingOptions;
import org.junit.jupiter.api.Test;

/** The scoring sets that fix the fifth score feature, whichever the robust profile scores. */
class OptionSetsTest {

    private static final VaeTrainingOptions VAE = OptionSets.vae("beta0.1-nowarmup");

    @Test
    void robustRecAndRobustLinDifferFromTheRobustProfileInTheFifthFeatureOnly() {
        DdfOptions robust = DdfOptions.robust().withVae(VAE);

        DdfOptions rec = OptionSets.scoring("robust-rec", VAE);
        DdfOptions lin = OptionSets.scoring("robust-lin", VAE);

        assertThat(rec.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_RECONSTRUCTION);
        assertThat(lin.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
        assertThat(rec).isEqualTo(robust.withScoreFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION));
        assertThat(lin).isEqualTo(robust.withScoreFeatures(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL));
        assertThat(lin.clustering()).isEqualTo(robust.clustering()).isEqualTo(rec.clustering());
        // the one-sided outlier stage reads the fifth feature, the residual for robust-lin
        assertThat(lin.clustering().newPatternErrorFeature()).isEqualTo(4);
        assertThat(lin.vae()).isEqualTo(VAE);
        assertThat(OptionSets.SCORING).contains("robust-rec", "robust-lin");
    }

    @Test
    void robustRecAndRobustLinTakeTheRobustSuffixes() {
        String suffixes = "@99.5x1.5~5:3:42:1:4.5:4:2.5%0.05";

        DdfOptions robust = OptionSets.scoring("robust" + suffixes, VAE);
        DdfOptions lin = OptionSets.scoring("robust-lin" + suffixes, VAE);
        DdfOptions rec = OptionSets.scoring("robust-rec" + suffixes, VAE);

        assertThat(lin.clustering()).isEqualTo(robust.clustering()).isEqualTo(rec.clustering());
        assertThat(lin.clustering()).extracting(ClusteringOptions::anomalyPercentile,
                ClusteringOptions::anomalyThresholdFactor, ClusteringOptions::newPatternErrorFeature,
                ClusteringOptions::newPatternJoinMargin, ClusteringOptions::minClusterShare)
                .containsExactly(99.5, 1.5, 4, 2.5, 0.05);
        assertThat(lin.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
        assertThat(rec.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_RECONSTRUCTION);
        assertThatThrownBy(() -> OptionSets.scoring("robust-lin~5:3:42:1:4.5:3", VAE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("newPatternErrorFeature");
        assertThatThrownBy(() -> OptionSets.scoring("robust-pca", VAE)).hasMessageContaining("'robust-pca'");
    }
}
