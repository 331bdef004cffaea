package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.VaeTrainingOptions;
import org.junit.jupiter.api.Test;

/** The benchmark's arguments and named option sets, which docs/benchmarks.md refers to. */
class EvaluationCommandTest {

    @Test
    void readsEveryArgument() {
        EvaluationCommand command = EvaluationCommand.parse(new String[] {"--epochs", "10", "--seeds", "42,7",
            "--vae", "faithful,beta0.1-nowarmup", "--scoring", "raw,std+rec+maha@97.5", "--baseline", "0.9,0.99"});

        assertThat(command).isEqualTo(new EvaluationCommand(10, List.of(42L, 7L), List.of("faithful", "beta0.1-nowarmup"),
                List.of("raw", "std+rec+maha@97.5"), List.of(0.9, 0.99), null, null));
    }

    @Test
    void readsTheFeatureFolders() {
        EvaluationCommand save = EvaluationCommand.parse(new String[] {"--save-features", "/tmp/f", "--epochs", "5"});
        EvaluationCommand load = EvaluationCommand.parse(new String[] {"--load-features", "/tmp/f"});

        assertThat(save.saveFeatures()).isEqualTo(Path.of("/tmp/f"));
        assertThat(save.loadFeatures()).isNull();
        assertThat(load.loadFeatures()).isEqualTo(Path.of("/tmp/f"));
        assertThat(save.featureFile(42, "beta0.1-nowarmup")).isEqualTo("seed42-beta0.1-nowarmup-5.csv");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--save-features", "a", "--load-features", "b"}))
                .hasMessageContaining("exclude each other");
    }

    @Test
    void unknownArgumentOrSetIsRefusedByName() {
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--epoch", "3"})).hasMessageContaining("--epoch");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--vae", "fast"})).hasMessageContaining("'fast'");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--scoring", "std+pca"}))
                .hasMessageContaining("'std+pca'");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--seeds"})).hasMessageContaining("needs a value");
    }

    @Test
    void namedSetsMatchTheProfiles() {
        DdfOptions robust = DdfOptions.robust();

        assertThat(OptionSets.vae("faithful")).isEqualTo(VaeTrainingOptions.faithful());
        assertThat(OptionSets.vae("robust")).isEqualTo(VaeTrainingOptions.robust());
        assertThat(OptionSets.vae("robust")).isEqualTo(robust.vae());
        // the measured set: robust's settings without keeping the best epoch (the tables report the last epoch)
        assertThat(OptionSets.vae("beta0.1-nowarmup").keepBestEpoch()).isFalse();
        assertThat(OptionSets.vae("beta0.1-nowarmup")).usingRecursiveComparison().ignoringFields("keepBestEpoch")
                .isEqualTo(VaeTrainingOptions.robust());
        assertThat(OptionSets.vae("beta1").klWarmupEpochs()).isEqualTo(5);
        assertThat(OptionSets.vae("beta1").beta()).isEqualTo(1.0);
        // the robust profile's clustering with the symmetric outlier stage, no joining, every k admissible and the
        // percentile itself as the threshold, as the named sets were measured
        assertThat(OptionSets.scoring("std+rec+maha", robust.vae())).isEqualTo(robust
                .withScoreFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION).withClustering(
                robust.clustering().withNewPatternErrorFeature(null).withMinClusterShare(0).withAnomalyThreshold(99, 1)));
        assertThat(OptionSets.scoring("robust@99x1~5:3:42:1:4.5:4:-", robust.vae()).clustering())
                .extracting(ClusteringOptions::anomalyThresholdFactor, ClusteringOptions::newPatternErrorFeature,
                        ClusteringOptions::newPatternJoinMargin).containsExactly(1.0, 4, null);
        assertThat(OptionSets.scoring("robust@99.5~5:3:42:1:4.5:4:2.5", robust.vae()).clustering())
                .extracting(ClusteringOptions::anomalyPercentile, ClusteringOptions::anomalyThresholdFactor,
                        ClusteringOptions::newPatternJoinMargin).containsExactly(99.5, 2.0, 2.5);
        assertThat(OptionSets.scoring("robust%0", robust.vae()))
                .isEqualTo(robust.withClustering(robust.clustering().withMinClusterShare(0)));
        assertThat(OptionSets.scoring("robust@98~5:3:42:1:4.5:-%0.05", robust.vae()).clustering())
                .extracting(ClusteringOptions::anomalyPercentile, ClusteringOptions::newPatternErrorFeature,
                        ClusteringOptions::minClusterShare).containsExactly(98.0, null, 0.05);
        assertThat(OptionSets.scoring("robust~5:3:42:1:4.5:-", robust.vae()).clustering().newPatternErrorFeature())
                .isNull();
        assertThat(OptionSets.scoring("robust@98", robust.vae()).clustering().newPatternErrorFeature()).isEqualTo(4);
        assertThat(OptionSets.scoring("raw", VaeTrainingOptions.faithful())).isEqualTo(DdfOptions.faithful());
        assertThat(OptionSets.scoring("std+rec+maha@97.5", robust.vae()).clustering().anomalyPercentile()).isEqualTo(97.5);
        ClusteringOptions rule = OptionSets.scoring("robust@98~4:1:36500:2:1000", robust.vae()).clustering();
        assertThat(rule.anomalyPercentile()).isEqualTo(98);
        assertThat(rule).extracting(ClusteringOptions::newPatternMinWindows, ClusteringOptions::newPatternMinDays,
                ClusteringOptions::newPatternTimeRadiusDays, ClusteringOptions::newPatternRadiusFactor,
                ClusteringOptions::newPatternOutlierFactor).containsExactly(4, 1, 36500, 2.0, 1000.0);
        assertThatThrownBy(() -> OptionSets.scoring("robust~5:1", robust.vae())).hasMessageContaining("5 numbers");
    }
}
