package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ddf.core.sim.PlantedWindow;
import org.ddf.core.sim.RegimeClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved score features: a file round trip, and scoring them without a VAE as the benchmark's --load-features does. */
class RunFeaturesCsvTest {

    private static final Instant T0 = Instant.parse("2018-01-01T06:00:00Z");
    private static final double[][] CLASS_CENTRES = {{-3, 0, -2, -2, -5}, {3, 0, -2, -2, -5}, {0, 4, -3, -3, -4}};

    @TempDir
    Path folder;

    /** Windows twelve hours apart cycling through the three classes; the window at {@code plantedAt} is far out. */
    private static void windows(List<PlantedWindow> truth, List<double[]> features, int from, int n, int plantedAt,
                                Random random) {
        for (int i = from; i < from + n; i++) {
            RegimeClass c = RegimeClass.values()[i % 3];
            boolean planted = i == plantedAt;
            truth.add(new PlantedWindow(T0.plus(Duration.ofHours(12L * i)), c, false, planted));
            double[] f = CLASS_CENTRES[c.ordinal()].clone();
            for (int j = 0; j < f.length; j++) {
                f[j] += planted ? 8 : 0.2 * random.nextGaussian();
            }
            features.add(f);
        }
    }

    private static RunFeatures run() {
        Random random = new Random(3);
        List<PlantedWindow> reference = new ArrayList<>();
        List<double[]> referenceFeatures = new ArrayList<>();
        List<PlantedWindow> evaluation = new ArrayList<>();
        List<double[]> evaluationFeatures = new ArrayList<>();
        windows(reference, referenceFeatures, 0, 150, -1, random);
        windows(evaluation, evaluationFeatures, 150, 60, 170, random);
        return new RunFeatures(7, List.of(0.08, 0.01), reference, referenceFeatures.toArray(double[][]::new),
                evaluation, evaluationFeatures.toArray(double[][]::new));
    }

    @Test
    void featuresSurviveAFileRoundTrip() {
        RunFeatures run = run();
        Path file = folder.resolve("run.csv");

        RunFeaturesCsv.write(file, run);
        RunFeatures back = RunFeaturesCsv.read(file);

        assertThat(back.seed()).isEqualTo(7);
        assertThat(back.heldOutLoss()).containsExactly(0.08, 0.01);
        assertThat(back.epochs()).isEqualTo(2);
        assertThat(back.reference()).isEqualTo(run.reference());
        assertThat(back.evaluation()).isEqualTo(run.evaluation());
        assertThat(back.referenceFeatures()).isDeepEqualTo(run.referenceFeatures());
        assertThat(back.evaluationFeatures()).isDeepEqualTo(run.evaluationFeatures());
        assertThat(back.evaluationFeatures(ScoreFeatures.LATENT)[0]).hasSize(4);
    }

    @Test
    void savedFeaturesAreScoredWithoutAVae() {
        DdfOptions robust = DdfOptions.robust();

        EvaluationScores scores = DdfEvaluation.score(run(), List.of(new DdfEvaluation.Variant("robust", robust))).get(0);

        assertThat(scores.succeeded()).isTrue();
        assertThat(scores.referenceAri()).isEqualTo(1.0);
        assertThat(scores.k()).isEqualTo(3);
        assertThat(scores.anomalies().windows()).isEqualTo(60);
        assertThat(scores.anomalies().planted()).isEqualTo(1);
        assertThat(scores.anomalies().found()).isEqualTo(1);
        assertThat(scores.anomalies().flagged()).as("the event and a few windows past the 99th percentile")
                .isLessThanOrEqualTo(3);
        assertThat(scores.heldOutFirst()).isEqualTo(0.08);
        assertThat(scores.heldOutLast()).isEqualTo(0.01);
    }

    @Test
    void badFileIsRefusedWithItsName() throws IOException {
        Path file = folder.resolve("bad.csv");
        RunFeaturesCsv.write(file, run());
        Files.writeString(file, Files.readString(file).replaceFirst("\nreference,", "\nsomewhere,"));

        assertThatThrownBy(() -> RunFeaturesCsv.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("somewhere");
    }
}
