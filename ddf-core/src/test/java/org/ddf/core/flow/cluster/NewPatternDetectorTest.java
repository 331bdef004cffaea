package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NewPatternDetectorTest {

    private static final ClusterModel MODEL =
            ClusterModelBuilder.fit(Blobs.around(Blobs.THREE, 100, 0.5, 5), ClusteringOptions.defaults());

    @Test
    void tightFarGroupIsNewWhileIsolatedAnomaliesAreNot() {
        List<double[]> batch = new ArrayList<>(Arrays.asList(Blobs.around(Blobs.THREE, 10, 0.5, 9)));   // 0..29
        batch.addAll(Arrays.asList(Blobs.around(new double[][] {{20, 20, 0, 0}}, 10, 0.05, 10)));      // 30..39
        batch.add(new double[] {-25, 0, 0, 0});                                                         // 40
        batch.add(new double[] {0, -25, 0, 0});                                                         // 41
        batch.addAll(Arrays.asList(Blobs.around(new double[][] {{-20, -20, 0, 0}}, 3, 0.05, 11)));    // 42..44: too few

        LabelledWindows result = new NewPatternDetector(MODEL).detect(batch.toArray(double[][]::new));

        assertThat(result.newPatterns()).hasSize(1);
        NewPattern pattern = result.newPatterns().get(0);
        assertThat(pattern.windows()).containsExactly(IntStream.range(30, 40).toArray());
        assertThat(pattern.centre()[0]).isCloseTo(20, within(0.1));
        assertThat(pattern.centre()[1]).isCloseTo(20, within(0.1));
        assertThat(pattern.score()).isGreaterThan(1);
        List<WindowLabel> windows = result.windows();
        assertThat(IntStream.range(30, 40).mapToObj(windows::get)).allMatch(w -> w.anomalous() && w.newPattern());
        assertThat(IntStream.range(40, 45).mapToObj(windows::get)).allMatch(w -> w.anomalous() && !w.newPattern());
        assertThat(result.anomalies()).isLessThanOrEqualTo(15 + 1);
        assertThat(IntStream.range(0, 30).mapToObj(windows::get)).noneMatch(WindowLabel::newPattern);
    }

    @Test
    void isolatedWindowAtTheEdgeOfANewPatternStaysAnAnomaly() {
        double r = MODEL.groupRadius();
        List<double[]> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(new double[] {20 + 0.45 * r * i, 20, 0, 0});            // 0..19: a ridge, 5 neighbours inside
        }
        batch.add(new double[] {20 + 0.45 * r * 10, 20 + 0.9 * r, 0, 0});     // 20: within r of window 10 only

        LabelledWindows result = new NewPatternDetector(MODEL).detect(batch.toArray(double[][]::new));

        assertThat(result.newPatterns()).hasSize(1);
        // Windows 0, 1, 18 and 19 have fewer than 5 neighbours within r: not core, so not part of the pattern either.
        assertThat(result.newPatterns().get(0).windows()).containsExactly(IntStream.range(2, 18).toArray());
        WindowLabel edge = result.windows().get(20);
        assertThat(edge.anomalous()).isTrue();
        assertThat(edge.newPattern()).as("single linkage would have joined it to the ridge").isFalse();
    }

    @Test
    void referenceLikeBatchHasNoNewPattern() {
        LabelledWindows result = new NewPatternDetector(MODEL).detect(Blobs.around(Blobs.THREE, 50, 0.5, 12));

        assertThat(result.newPatterns()).isEmpty();
        assertThat(result.windows()).hasSize(150).noneMatch(WindowLabel::newPattern);
    }
}
