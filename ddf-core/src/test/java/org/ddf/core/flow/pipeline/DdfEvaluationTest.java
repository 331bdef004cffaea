package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.vae.VaeTrainingOptions;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.Simulation;
import org.ddf.core.sim.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the default profile must achieve on the simulator, at a size CI affords: 104 links, 48 weeks, trained on
 * the first 8 weeks (111 windows, one of them with a planted anomaly), then labelling the next 40 weeks: 32 weeks
 * of the same regime holding 6 planted anomalies, then 8 weeks of a changed regime (with 1 more). Anomalies are
 * scored before the change, where the reference describes normal traffic (docs/benchmarks.md, "DDF anomaly rule
 * on the simulator", which runs the same evaluation on three years). The saved features carry the linear residual,
 * and scoring with it in place of the reconstruction error must achieve the same.
 */
class DdfEvaluationTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final SimulationSpec SPEC = new SimulationSpec(7L, SimulationSpec.genericLinks(104), START, 336,
            Duration.ofHours(1), 4, START.plusWeeks(40), 8);
    private static final Instant EVALUATION_FROM = START.plusWeeks(8).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final int EPOCHS = 30;

    private static Simulation simulation;
    private static RunFeatures run;
    private static EvaluationScores scores;
    private static EvaluationScores reconstructionErrorScores;
    private static double constantPredictorLoss;

    @BeforeAll
    static void evaluate() {
        simulation = new LinkCounterSimulator(SPEC).run();
        constantPredictorLoss = constantPredictorLoss(simulation);
        DdfOptions robust = DdfOptions.robust();
        VaeTrainingOptions vae = robust.vae().withEpochs(EPOCHS);
        // what evaluate does, keeping the features in between
        run = DdfEvaluation.features(simulation, EVALUATION_FROM, robust.withVae(vae));
        List<EvaluationScores> scored = DdfEvaluation.score(run, List.of(
                new DdfEvaluation.Variant("robust", robust.withVae(vae)),
                new DdfEvaluation.Variant("robust-rec", OptionSets.scoring("robust-rec", vae))));
        scores = scored.get(0);
        reconstructionErrorScores = scored.get(1);
    }

    @Test
    void evaluatesTheWindowsAfterTheTrainingRange() {
        assertThat(scores.succeeded()).as(String.valueOf(scores.failure())).isTrue();
        assertThat(scores.anomalies().windows()).as("the last night is cut by the end").isEqualTo(2 * 7 * 40 - 1);
        assertThat(scores.preChangeWindows()).isEqualTo(2 * 7 * 32);
        assertThat(scores.postChangeWindows()).isEqualTo(2 * 7 * 8 - 1);
        assertThat(scores.anomalies().planted()).isEqualTo(7);
        assertThat(scores.preChangeAnomalies().planted()).isEqualTo(6);
    }

    @Test
    void vaeTrainsWithoutDivergingAndItsHeldOutLossFalls() {
        assertThat(scores.diverged()).isFalse();
        assertThat(scores.heldOutLast()).isLessThan(scores.heldOutFirst());
        // A VAE that collapsed to the mean window (what the original's lr 0.01 does) scores the constant predictor.
        assertThat(scores.heldOutLast()).isLessThan(0.5 * constantPredictorLoss);
    }

    @Test
    void referenceLabelsRecoverThePlantedRegimes() {
        assertThat(scores.referenceAri()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void plantedAnomaliesAreFlaggedAndFewOthersAre() {
        DetectionCounts beforeChange = scores.preChangeAnomalies();

        assertThat(beforeChange.recall()).as("recall %s", beforeChange).isGreaterThanOrEqualTo(0.8);
        assertThat(beforeChange.precision()).as("precision %s", beforeChange).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void newRegimeIsReportedAsANewPatternAndTheOldOneIsNot() {
        assertThat(scores.postChangeNewPatternFraction()).isGreaterThanOrEqualTo(0.75);
        assertThat(scores.preChangeNewPatternFraction()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void savedFeaturesCarryTheLinearResidualFittedAsTheTrainerFitsIt() {
        FeatureBatch train = trainingFeatures(simulation);
        // 8 components, the documented default
        LinearResidual residual = LinearResidual.fit(train.values(), train.size(), 8, DdfOptions.robust().vae().seed());
        double[] expected = residual.meanSquaredResiduals(train.values(), train.size());

        assertThat(run.hasLinearResidual()).isTrue();
        assertThat(run.referenceStarts()).isEqualTo(train.starts());
        for (int i = 0; i < expected.length; i++) {
            assertThat(run.referenceFeatures()[i][5]).as("window %d", i).isCloseTo(Math.log(expected[i]), within(1e-9));
        }
    }

    @Test
    void theReconstructionErrorInPlaceOfTheLinearResidualScoresAsWell() {
        assertThat(DdfOptions.robust().scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
        DetectionCounts beforeChange = reconstructionErrorScores.preChangeAnomalies();

        assertThat(reconstructionErrorScores.succeeded()).as(String.valueOf(reconstructionErrorScores.failure())).isTrue();
        assertThat(reconstructionErrorScores.referenceAri()).isGreaterThanOrEqualTo(0.8);
        assertThat(beforeChange.recall()).as("recall %s", beforeChange).isGreaterThanOrEqualTo(0.8);
        assertThat(beforeChange.precision()).as("precision %s", beforeChange).isGreaterThanOrEqualTo(0.7);
        assertThat(reconstructionErrorScores.postChangeNewPatternFraction()).isGreaterThanOrEqualTo(0.75);
        assertThat(reconstructionErrorScores.preChangeNewPatternFraction()).isLessThanOrEqualTo(0.05);
    }

    /** The correlation features of the training windows. */
    private static FeatureBatch trainingFeatures(Simulation simulation) {
        FeatureExtractor extractor = new FeatureExtractor(FeatureOptions.defaults());
        List<TrafficWindow> train = extractor.windows(simulation.counters()).stream()
                .filter(w -> w.start().isBefore(EVALUATION_FROM)).toList();
        return extractor.fit(train).batch();
    }

    /** Mean squared error of predicting every training window by the mean training window. */
    private static double constantPredictorLoss(Simulation simulation) {
        FeatureBatch batch = trainingFeatures(simulation);
        int cells = batch.channels() * batch.channels();
        double[] mean = new double[cells];
        float[] v = batch.values();
        for (int i = 0; i < v.length; i++) {
            mean[i % cells] += v[i] / (double) batch.size();
        }
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            double d = v[i] - mean[i % cells];
            sum += d * d;
        }
        return sum / v.length;
    }
}
