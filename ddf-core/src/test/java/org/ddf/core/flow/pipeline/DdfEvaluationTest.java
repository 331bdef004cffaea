package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.Simulation;
import org.ddf.core.sim.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the default profile must achieve on the simulator, at a size CI affords: 104 links, 48 weeks, trained on
 * the first 8 weeks (111 windows, one of them with a planted anomaly), then labelling 40 weeks whose regime changes
 * after week 20 and that hold 7 planted anomalies (2 before the change, 5 after). The benchmark in
 * docs/benchmarks.md runs the same evaluation on three years.
 */
class DdfEvaluationTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final SimulationSpec SPEC = new SimulationSpec(7L, SimulationSpec.genericLinks(104), START, 336,
            Duration.ofHours(1), 4, START.plusWeeks(20), 8);
    private static final Instant EVALUATION_FROM = START.plusWeeks(8).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final int EPOCHS = 30;

    private static EvaluationScores scores;

    @BeforeAll
    static void evaluate() {
        Simulation simulation = new LinkCounterSimulator(SPEC).run();
        DdfOptions robust = DdfOptions.robust();
        scores = DdfEvaluation.evaluate(simulation, EVALUATION_FROM,
                new DdfEvaluation.Variant("robust", robust.withVae(robust.vae().withEpochs(EPOCHS))));
    }

    @Test
    void evaluatesTheWindowsAfterTheTrainingRange() {
        assertThat(scores.succeeded()).as(String.valueOf(scores.failure())).isTrue();
        assertThat(scores.anomalies().windows()).as("the last night is cut by the end").isEqualTo(2 * 7 * 40 - 1);
        assertThat(scores.preChangeWindows()).isEqualTo(2 * 7 * 12);
        assertThat(scores.postChangeWindows()).isEqualTo(2 * 7 * 28 - 1);
        assertThat(scores.anomalies().planted()).isEqualTo(7);
        assertThat(scores.preChangeAnomalies().planted()).isEqualTo(2);
    }

    @Test
    void vaeTrainsWithoutDivergingAndItsHeldOutLossFalls() {
        assertThat(scores.diverged()).isFalse();
        assertThat(scores.heldOutLast()).isLessThan(scores.heldOutFirst());
        assertThat(scores.logvarMin()).as("logvar did not freeze far below zero").isGreaterThan(-10);
    }

    @Test
    void referenceLabelsRecoverThePlantedRegimes() {
        assertThat(scores.referenceAri()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void plantedAnomaliesAreFlaggedAndFewOthersAre() {
        assertThat(scores.anomalies().recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(scores.anomalies().precision()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void newRegimeIsReportedAsANewPatternAndTheOldOneIsNot() {
        assertThat(scores.postChangeNewPatternFraction()).isGreaterThanOrEqualTo(0.8);
        assertThat(scores.preChangeNewPatternFraction()).isLessThanOrEqualTo(0.05);
    }
}
