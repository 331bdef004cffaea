package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.VaeTrainingOptions;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.PlantedWindow;
import org.ddf.core.sim.Simulation;
import org.ddf.core.sim.SimulationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's arguments and named option sets, which docs/benchmarks.md refers to, and completing saved features
 * with the linear residual (on the default simulation, without training a VAE).
 */
class EvaluationCommandTest {

    @Test
    void readsEveryArgument() {
        EvaluationCommand command = EvaluationCommand.parse(new String[] {"--epochs", "10", "--seeds", "42,7",
            "--vae", "faithful,beta0.1-nowarmup", "--scoring", "raw,std+rec+maha@97.5", "--baseline", "0.9,0.99"});

        assertThat(command).isEqualTo(new EvaluationCommand(10, List.of(42L, 7L), List.of("faithful", "beta0.1-nowarmup"),
                List.of("raw", "std+rec+maha@97.5"), List.of(0.9, 0.99), null, null, null));
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
    void readsTheLinearResidualFolderOnlyBesideLoadedFeatures() {
        EvaluationCommand add = EvaluationCommand.parse(new String[] {"--add-linear-residual", "/tmp/out",
            "--load-features", "/tmp/f"});

        assertThat(add.loadFeatures()).isEqualTo(Path.of("/tmp/f"));
        assertThat(add.addLinearResidual()).isEqualTo(Path.of("/tmp/out"));
        assertThat(EvaluationCommand.parse(new String[] {"--load-features", "/tmp/f"}).addLinearResidual()).isNull();
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--add-linear-residual", "/tmp/out"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs --load-features");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--save-features", "/tmp/f",
            "--add-linear-residual", "/tmp/out"})).hasMessageContaining("needs --load-features");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--load-features", "/tmp/f",
            "--add-linear-residual", "/tmp/./f"})).hasMessageContaining("another folder");
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--load-features", "/tmp/f",
            "--add-linear-residual"})).hasMessageContaining("needs a value");
    }

    @Test
    void addLinearResidualCompletesLoadedFeaturesInAnotherFolderAndScoresThem(@TempDir Path folder) throws IOException {
        SimulationSpec spec = SimulationSpec.defaults().withSeed(42);
        Instant evaluationFrom = spec.start().plusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Simulation simulation = new LinkCounterSimulator(spec).run();
        PlantedTruth truth = new PlantedTruth(simulation.truth().windows());
        List<PlantedWindow> windows = new FeatureExtractor(FeatureOptions.defaults()).windows(simulation.counters())
                .stream().map(w -> truth.at(w.start())).toList();
        List<PlantedWindow> reference = windows.stream().filter(w -> w.start().isBefore(evaluationFrom)).toList();
        List<PlantedWindow> evaluation = windows.subList(reference.size(), windows.size());
        // a saved run's features without the residual, in place of a trained VAE's: one cluster per class
        Random random = new Random(1);
        RunFeatures saved = new RunFeatures(42, List.of(0.07, 0.005), reference, features(reference, random),
                evaluation, features(evaluation, random));
        Path in = Files.createDirectories(folder.resolve("in"));
        Path out = folder.resolve("out");
        RunFeaturesCsv.write(in.resolve("seed42-robust-1.csv"), saved);
        String before = Files.readString(in.resolve("seed42-robust-1.csv"));
        ByteArrayOutputStream table = new ByteArrayOutputStream();

        EvaluationCommand.parse(new String[] {"--epochs", "1", "--vae", "robust", "--scoring", "robust-rec,robust-lin",
            "--load-features", in.toString(), "--add-linear-residual", out.toString()})
                .run(new PrintStream(table, true, StandardCharsets.UTF_8));

        assertThat(Files.readString(in.resolve("seed42-robust-1.csv"))).isEqualTo(before);
        RunFeatures completed = RunFeaturesCsv.read(out.resolve("seed42-robust-1.csv"));
        assertThat(completed.hasLinearResidual()).isTrue();
        assertThat(completed.evaluation()).isEqualTo(saved.evaluation());
        assertThat(completed.evaluationFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION))
                .isDeepEqualTo(saved.evaluationFeatures());
        // the changed regime's correlations lie off the training windows' principal subspace
        double[] residual = Arrays.stream(completed.evaluationFeatures()).mapToDouble(f -> f[5]).toArray();
        double referenceMedian = median(Arrays.stream(completed.referenceFeatures()).mapToDouble(f -> f[5]));
        double postChangeMedian = median(IntStream.range(0, residual.length)
                .filter(i -> evaluation.get(i).afterChange()).mapToDouble(i -> residual[i]));
        assertThat(postChangeMedian).isGreaterThan(referenceMedian + 1);
        // one row per scoring set (epochs: the saved loss curve's two); only the residual tells the changed regime
        List<String> rows = table.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).filteredOn(r -> r.startsWith("| robust / robust-rec | 42 | 2 | no | 0.07000 → 0.00500 |"))
                .singleElement().asString().contains("| 1.00 (5/5) | 1.00 (5/5) |", "| 0.00 (0/581) |");
        assertThat(rows).filteredOn(r -> r.startsWith("| robust / robust-lin | 42 | 2 | no | 0.07000 → 0.00500 |"))
                .singleElement().asString().contains("| 1.00 (5/5) | 1.00 (5/5) |", "| 0.99 (578/581) |");

        RunFeaturesCsv.write(in.resolve("seed42-robust-2.csv"), new RunFeatures(42, List.of(0.07, 0.005),
                reference.subList(1, reference.size()), features(reference.subList(1, reference.size()), random),
                evaluation, features(evaluation, random)));
        assertThatThrownBy(() -> EvaluationCommand.parse(new String[] {"--epochs", "2", "--vae", "robust",
            "--load-features", in.toString(), "--add-linear-residual", out.toString()}).run(new PrintStream(table)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed42-robust-2.csv")
                .hasMessageContaining("window 0 starts at " + reference.get(1).start() + " in the run");
        assertThat(out.resolve("seed42-robust-2.csv")).doesNotExist();
    }

    /** Features of the windows: around a centre per class, planted anomalies far out. */
    private static double[][] features(List<PlantedWindow> windows, Random random) {
        return windows.stream().map(w -> {
            double[] f = {3 * w.regimeClass().ordinal(), -3 * w.regimeClass().ordinal(), -2, -3, -5};
            for (int j = 0; j < f.length; j++) {
                f[j] += w.anomalous() ? 6 : 0.2 * random.nextGaussian();
            }
            return f;
        }).toArray(double[][]::new);
    }

    private static double median(DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        return sorted[sorted.length / 2];
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
