package org.ddf.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddf.core.flow.Correlation;
import org.ddf.core.flow.CorrelationInput;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.Windower;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkCounterSimulatorTest {

    /** Eight weeks from Monday 2018-01-01, regime change after four (Monday 2018-01-29), 104 links, 6 anomalies. */
    static final SimulationSpec SPEC = new SimulationSpec(7L, SimulationSpec.genericLinks(104),
            LocalDate.of(2018, 1, 1), 56, Duration.ofHours(1), 4, LocalDate.of(2018, 1, 29), 6);

    private static Simulation simulation;
    private static Map<Instant, TrafficWindow> windows;
    private static Map<Instant, double[]> matrices;

    @BeforeAll
    static void simulate() {
        simulation = new LinkCounterSimulator(SPEC).run();
        Correlation correlation = new Correlation(CorrelationInput.COUNTERS, false);
        windows = new HashMap<>();
        matrices = new HashMap<>();
        for (TrafficWindow w : new Windower(WindowSpec.defaults()).cut(simulation.counters())) {
            windows.put(w.start(), w);
            matrices.put(w.start(), correlation.matrix(w.rows()));
        }
    }

    @Test
    void sameSeedGivesSameDataAndOtherSeedOtherData() {
        Simulation again = new LinkCounterSimulator(SPEC).run();
        Simulation other = new LinkCounterSimulator(SPEC.withSeed(8L)).run();

        assertThat(again.counters().values()).isDeepEqualTo(simulation.counters().values());
        assertThat(again.counters().timestamps()).isEqualTo(simulation.counters().timestamps());
        assertThat(again.truth()).isEqualTo(simulation.truth());
        assertThat(other.counters().values()[100]).isNotEqualTo(simulation.counters().values()[100]);
    }

    @Test
    void coversTheDaysHourlyWithOneTruthEntryPerFullWindow() {
        LinkCounters counters = simulation.counters();
        assertThat(counters.rows()).isEqualTo(56 * 24);
        assertThat(counters.channels()).isEqualTo(104);
        assertThat(counters.timestamps()[0]).isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
        assertThat(counters.timestamps()[1]).isEqualTo(Instant.parse("2018-01-01T01:00:00Z"));

        List<PlantedWindow> truth = simulation.truth().windows();
        assertThat(truth).hasSize(2 * 56 - 1);
        assertThat(windows.keySet()).containsExactlyInAnyOrderElementsOf(truth.stream().map(PlantedWindow::start).toList());
        assertThat(truth.get(0)).isEqualTo(new PlantedWindow(Instant.parse("2018-01-01T06:00:00Z"),
                RegimeClass.WEEKDAY_DAY, false, truth.get(0).anomalous()));
        assertThat(simulation.truth().at(Instant.parse("2018-01-06T06:00:00Z")).orElseThrow().regimeClass())
                .isEqualTo(RegimeClass.WEEKEND_DAY);
        assertThat(simulation.truth().at(Instant.parse("2018-01-28T18:00:00Z")).orElseThrow())
                .extracting(PlantedWindow::regimeClass, PlantedWindow::afterChange).containsExactly(RegimeClass.NIGHT, false);
        assertThat(simulation.truth().at(Instant.parse("2018-01-29T06:00:00Z")).orElseThrow().classIndex()).isEqualTo(4);
        // 28 nights, 20 weekdays, 8 weekend days before; 27 nights, 20 weekdays, 8 weekend days after.
        int[] perClass = new int[PlantedWindow.CLASS_COUNT];
        truth.forEach(w -> perClass[w.classIndex()]++);
        assertThat(perClass).containsExactly(28, 20, 8, 27, 20, 8);
        assertThat(simulation.truth().anomalies()).hasSize(6).isSorted();
    }

    @Test
    void trafficIsHighestOnWeekdayDaytimesAndLowestAtNight() {
        double[] volume = new double[PlantedWindow.CLASS_COUNT];
        int[] count = new int[PlantedWindow.CLASS_COUNT];
        for (PlantedWindow w : simulation.truth().windows()) {
            if (!w.anomalous()) {
                for (double[] row : windows.get(w.start()).rows()) {
                    for (double v : row) {
                        volume[w.classIndex()] += v;
                    }
                    count[w.classIndex()]++;
                }
            }
        }
        double weekday = volume[1] / count[1];
        double weekend = volume[2] / count[2];
        double night = volume[0] / count[0];
        assertThat(weekday).isGreaterThan(1.3 * weekend);
        assertThat(weekend).isGreaterThan(1.1 * night);
    }

    @Test
    void plantedClassesHaveDistinctMeanCorrelationMatricesAndAnomaliesLieFarFromAll() {
        List<List<double[]>> byClass = new ArrayList<>();
        for (int c = 0; c < PlantedWindow.CLASS_COUNT; c++) {
            byClass.add(new ArrayList<>());
        }
        for (PlantedWindow w : simulation.truth().windows()) {
            if (!w.anomalous()) {
                byClass.get(w.classIndex()).add(matrices.get(w.start()));
            }
        }
        double[][] means = new double[PlantedWindow.CLASS_COUNT][];
        double spread = 0;
        for (int c = 0; c < means.length; c++) {
            means[c] = mean(byClass.get(c));
            for (double[] m : byClass.get(c)) {
                spread = Math.max(spread, distance(m, means[c]));
            }
        }
        double nearestClasses = Double.MAX_VALUE;
        for (int a = 0; a < means.length; a++) {
            for (int b = a + 1; b < means.length; b++) {
                nearestClasses = Math.min(nearestClasses, distance(means[a], means[b]));
            }
        }
        // Measured with this seed: largest within-class distance 14.4, nearest class means 69.2 apart, anomalies
        // 63.7 or more from every class mean.
        assertThat(nearestClasses).isGreaterThan(4 * spread);
        for (Instant start : simulation.truth().anomalies()) {
            double nearest = Double.MAX_VALUE;
            for (double[] mean : means) {
                nearest = Math.min(nearest, distance(matrices.get(start), mean));
            }
            assertThat(nearest).as("anomaly at %s", start).isGreaterThan(3 * spread);
        }
    }

    private static double[] mean(List<double[]> matrices) {
        double[] out = new double[matrices.get(0).length];
        for (double[] m : matrices) {
            for (int k = 0; k < out.length; k++) {
                out[k] += m[k] / matrices.size();
            }
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }
}
