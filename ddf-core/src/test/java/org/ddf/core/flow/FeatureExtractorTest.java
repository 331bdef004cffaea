package org.ddf.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(FeatureOptions.defaults());

    /** Rounded correlations [[1, .83, .6], [.83, 1, .08], [.6, .08, 1]] (see CorrelationTest). */
    private static final TrafficWindow DAY = window("2018-01-01T06:00:00Z", WindowKind.DAY, 1, CorrelationTest.ROWS);
    /** A and B perfectly anti-correlated, C constant: [[1, -1, NaN], [-1, 1, NaN], [NaN, NaN, NaN]]. */
    private static final TrafficWindow NIGHT = window("2018-01-01T18:00:00Z", WindowKind.NIGHT, 0,
            new double[][] {{1, 4, 5}, {2, 3, 5}, {3, 2, 5}, {4, 1, 5}});

    @Test
    void scalesCorrelationsAndFillsNaNWithTheColumnMeanOverTheMatrices() {
        FittedFeatures fitted = EXTRACTOR.fit(List.of(DAY, NIGHT));

        // Column means of the two stacked matrices, NaN left out:
        // col 0: (1 + .83 + .6 + 1 - 1) / 5 = .486; col 1: (.83 + 1 + .08 - 1 + 1) / 5 = .382; col 2: (.6 + .08 + 1) / 3 = .56
        assertThat(fitted.fillMeans().columnMeans()).containsExactly(new double[] {0.486, 0.382, 0.56}, within(1e-12));
        assertThat(fitted.filledEntries()).isEqualTo(5);
        FeatureBatch batch = fitted.batch();
        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.channels()).isEqualTo(3);
        assertThat(batch.starts()).containsExactly(DAY.start(), NIGHT.start());
        assertThat(batch.kinds()).containsExactly(WindowKind.DAY, WindowKind.NIGHT);
        float[] v = batch.values();
        assertThat(v[1]).isEqualTo((0.83f + 1) / 2, within(1e-6f));
        assertThat(v[0]).isEqualTo(1f);
        assertThat(v[9 + 1]).as("r = -1 maps to 0").isEqualTo(0f);
        assertThat(v[9 + 2]).isEqualTo((float) ((0.56 + 1) / 2), within(1e-6f));
        assertThat(v[9 + 6]).isEqualTo((float) ((0.486 + 1) / 2), within(1e-6f));
        assertThat(v[9 + 7]).isEqualTo((float) ((0.382 + 1) / 2), within(1e-6f));
        assertThat(v[9 + 8]).isEqualTo((float) ((0.56 + 1) / 2), within(1e-6f));
    }

    @Test
    void inferenceReusesTheGivenMeans() {
        NanFillMeans training = new NanFillMeans(new double[] {0, 0.5, -1});

        FeatureBatch batch = EXTRACTOR.transform(List.of(NIGHT), training);

        assertThat(batch.values()).containsExactly(new float[] {1, 0, 0, 0, 1, 0, 0.5f, 0.75f, 0}, within(1e-6f));
    }

    @Test
    void changesOptionCorrelatesDifferences() {
        FeatureExtractor changes = new FeatureExtractor(
                new FeatureOptions(CorrelationInput.CHANGES, true, WindowSpec.defaults()));

        FittedFeatures fitted = changes.fit(List.of(DAY));

        // Only B and C change non-constantly: r = -0.97 (CorrelationTest); every entry of A is NaN.
        assertThat(fitted.batch().values()[5]).isEqualTo((-0.97f + 1) / 2, within(1e-6f));
        assertThat(fitted.filledEntries()).isEqualTo(5);
    }

    @Test
    void windowsOfRawCountersAreCutThenFilled() {
        LinkCounters counters = WindowerTest.threeDays();
        counters.values()[8] = new double[] {Double.NaN, 99};

        List<TrafficWindow> windows = EXTRACTOR.windows(counters);

        // Rows 6..65 lie in the five full windows; link A's mean without row 8 is (2130 - 8) / 59.
        assertThat(windows).hasSize(5);
        assertThat(windows.get(0).rows()[2][0]).isEqualTo(2122.0 / 59, within(1e-12));
    }

    @Test
    void rejectsBadWindows() {
        TrafficWindow oneLink = window("2018-01-01T06:00:00Z", WindowKind.DAY, 1, new double[][] {{1}, {2}});
        TrafficWindow withNaN = window("2018-01-01T06:00:00Z", WindowKind.DAY, 1, new double[][] {{1, 2}, {Double.NaN, 3}});

        assertThatThrownBy(() -> EXTRACTOR.fit(List.of())).hasMessageContaining("no windows");
        assertThatThrownBy(() -> EXTRACTOR.fit(List.of(oneLink))).hasMessageContaining("at least 2 links");
        assertThatThrownBy(() -> EXTRACTOR.fit(List.of(withNaN))).hasMessageContaining("2018-01-01T06:00:00Z")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> EXTRACTOR.transform(List.of(DAY), new NanFillMeans(new double[] {0, 0})))
                .hasMessageContaining("has 3 links, expected 2");
    }

    private static TrafficWindow window(String start, WindowKind kind, int label, double[][] rows) {
        Instant s = Instant.parse(start);
        return new TrafficWindow(s, s.plusSeconds(12 * 3600), kind, label, rows);
    }
}
