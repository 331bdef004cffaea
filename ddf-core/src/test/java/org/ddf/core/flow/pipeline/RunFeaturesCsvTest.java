package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The run with a log linear residual per window: −6 plus noise, the planted window's 4 higher. */
    private static RunFeatures runWithResidual() {
        RunFeatures run = run();
        Random random = new Random(5);
        double[] reference = run.reference().stream().mapToDouble(w -> -6 + 0.2 * random.nextGaussian()).toArray();
        double[] evaluation = run.evaluation().stream()
                .mapToDouble(w -> (w.anomalous() ? -2 : -6) + 0.2 * random.nextGaussian()).toArray();
        return run.withLinearResidual(reference, evaluation);
    }

    @Test
    void linearResidualSurvivesAFileRoundTripAsTheLastColumn() throws IOException {
        RunFeatures run = runWithResidual();
        Path file = folder.resolve("run.csv");

        RunFeaturesCsv.write(file, run);
        RunFeatures back = RunFeaturesCsv.read(file);

        assertThat(Files.readAllLines(file)).contains("split,start,class,afterChange,anomalous,mu1,mu2,logvar1,"
                + "logvar2,logReconstructionError,logLinearResidual");
        assertThat(back.hasLinearResidual()).isTrue();
        assertThat(back.referenceFeatures()).isDeepEqualTo(run.referenceFeatures());
        assertThat(back.evaluationFeatures()).isDeepEqualTo(run.evaluationFeatures());
        double[] planted = back.evaluationFeatures()[20];
        assertThat(back.evaluation().get(20).anomalous()).isTrue();
        assertThat(back.evaluationFeatures(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL)[20])
                .containsExactly(planted[0], planted[1], planted[2], planted[3], planted[5]);
        assertThat(back.evaluationFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION)[20])
                .containsExactly(Arrays.copyOf(planted, 5));
        assertThat(back.referenceFeatures(ScoreFeatures.LATENT)[0]).containsExactly(Arrays.copyOf(
                back.referenceFeatures()[0], 4));
        assertThat(back.referenceFeatures(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL)[0][4])
                .isEqualTo(back.referenceFeatures()[0][5]).isBetween(-7.5, -4.5);
    }

    @Test
    void fileWithoutTheLinearResidualReadsAndSaysSoWhenItIsAskedFor() throws IOException {
        Path file = folder.resolve("old.csv");
        // the format before the residual existed, as the benchmark saved it
        Files.writeString(file, """
                # seed 42
                # heldOutLoss 0.0737 0.0048
                split,start,class,afterChange,anomalous,mu1,mu2,logvar1,logvar2,logReconstructionError
                reference,2018-01-01T06:00:00Z,WEEKDAY_DAY,false,false,-0.84,-1.69,-0.44,-2.45,-8.90
                evaluation,2020-01-01T18:00:00Z,NIGHT,false,true,-0.14,0.29,-1.42,-5.97,-5.85
                """);

        RunFeatures old = RunFeaturesCsv.read(file);

        assertThat(old.hasLinearResidual()).isFalse();
        assertThat(old.referenceFeatures()).isDeepEqualTo(new double[][] {{-0.84, -1.69, -0.44, -2.45, -8.90}});
        assertThat(old.evaluationFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION))
                .isDeepEqualTo(new double[][] {{-0.14, 0.29, -1.42, -5.97, -5.85}});
        assertThat(old.evaluation().get(0).anomalous()).isTrue();
        assertThatThrownBy(() -> old.referenceFeatures(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logLinearResidual")
                .hasMessageContaining("seed 42");
        // written back, it stays in the old format
        RunFeaturesCsv.write(file, old);
        assertThat(Files.readString(file)).doesNotContain("logLinearResidual");
    }

    @Test
    void linearResidualReplacesAnyAndNeedsOnePerWindow() {
        RunFeatures run = runWithResidual();
        double[] reference = new double[run.reference().size()];
        double[] evaluation = new double[run.evaluation().size()];
        Arrays.fill(evaluation, 1.5);

        RunFeatures replaced = run.withLinearResidual(reference, evaluation);

        assertThat(replaced.evaluationFeatures()[3]).hasSize(6).endsWith(1.5);
        assertThat(Arrays.copyOf(replaced.evaluationFeatures()[3], 5)).containsExactly(run.evaluationFeatures(
                ScoreFeatures.LATENT_AND_RECONSTRUCTION)[3]);
        assertThatThrownBy(() -> run.withLinearResidual(reference, new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evaluation: 2 residuals for 60");
    }

    @Test
    void savedLinearResidualIsScoredWithoutAVae() {
        DdfOptions robust = DdfOptions.robust();
        List<DdfEvaluation.Variant> variants = List.of(new DdfEvaluation.Variant("robust-lin",
                robust.withScoreFeatures(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL)));

        EvaluationScores scores = DdfEvaluation.score(runWithResidual(), variants).get(0);

        assertThat(scores.succeeded()).isTrue();
        assertThat(scores.referenceAri()).isEqualTo(1.0);
        assertThat(scores.k()).isEqualTo(3);
        assertThat(scores.anomalies().found()).isEqualTo(1);
        assertThat(scores.anomalies().flagged()).isLessThanOrEqualTo(3);
        assertThatThrownBy(() -> DdfEvaluation.score(run(), variants))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logLinearResidual");
    }

    @Test
    void savedFeaturesAreScoredWithoutAVae() {
        DdfOptions robust = DdfOptions.robust().withScoreFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION);

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
