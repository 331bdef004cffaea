package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.Simulation;
import org.ddf.core.sim.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PCA subspace baseline on 24 weeks of 104 links: 16 to fit, 8 to score, the regime changing after week 20. */
class PcaBaselineTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final Instant EVALUATION_FROM = START.plusWeeks(16).atStartOfDay(ZoneOffset.UTC).toInstant();

    private static Simulation simulation;

    @BeforeAll
    static void simulate() {
        simulation = new LinkCounterSimulator(new SimulationSpec(5L, SimulationSpec.genericLinks(104), START, 168,
                Duration.ofHours(1), 4, START.plusWeeks(20), 6)).run();
    }

    @Test
    void flagsThePlantedEventsAndTheChangedRegime() {
        BaselineScores scores = PcaBaseline.evaluate(simulation, EVALUATION_FROM, 0.99, 99);

        assertThat(scores.anomalies().windows()).isEqualTo(2 * 7 * 8 - 1);
        assertThat(scores.preChangeAnomalies().windows()).isEqualTo(2 * 7 * 4);
        assertThat(scores.anomalies().planted()).isPositive();
        assertThat(scores.anomalies().recall()).isEqualTo(1.0);
        assertThat(scores.postChangeFlaggedFraction()).as("it cannot tell a new regime from an event")
                .isGreaterThan(0.9);
        assertThat(scores.varianceKept()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void keepsFewerComponentsForASmallerShareOfTheVariance() {
        BaselineScores coarse = PcaBaseline.evaluate(simulation, EVALUATION_FROM, 0.5, 99);
        BaselineScores fine = PcaBaseline.evaluate(simulation, EVALUATION_FROM, 0.99, 99);

        assertThat(coarse.components()).isLessThan(fine.components());
        assertThat(coarse.varianceKept()).isBetween(0.5, fine.varianceKept());
    }

    @Test
    void badSharesAreRefusedByName() {
        assertThatThrownBy(() -> PcaBaseline.evaluate(simulation, EVALUATION_FROM, 1.0, 99))
                .hasMessageContaining("varianceToKeep");
        assertThatThrownBy(() -> PcaBaseline.evaluate(simulation, EVALUATION_FROM, 0.9, 0))
                .hasMessageContaining("percentile");
    }
}
