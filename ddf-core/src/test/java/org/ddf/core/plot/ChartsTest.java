package org.ddf.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ddf.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final double[][] POINTS = {
        {0, 0, -1, -1}, {0.2, 0.1, -1, -1.1}, {5, 5, -2, -2}, {5.1, 4.9, -2.1, -2}, {9, 0, -3, -1}, {9.2, 0.3, -3, -1}
    };
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};
    private static final LabelledPoints DATA = LabelledPoints.latent(POINTS, LABELS, LabelledPoints.clusterNames(3));

    @Test
    void latentScatterHasTheRequestedSizeAndLabelColours() {
        byte[] png = LatentScatterChart.png(DATA, "scatter", new ChartSize(640, 480));

        var image = Pngs.assertPng(png, 640, 480);
        assertThat(Pngs.contains(image, 0x1f77b4)).isTrue();
        assertThat(Pngs.contains(image, 0x2ca02c)).isTrue();
    }

    @Test
    void pairPlotIsAGridUnderAHeader() {
        Pngs.assertPng(PairPlot.png(DATA, "pairs", 120), 4 * 120, PairPlot.HEADER + 4 * 120);
    }

    @Test
    void elbowWithErrorBarsAndSilhouette() {
        double[] mean = {100, 40, 10, 8, 6, 5, 4, 3, 2, 1};
        double[] std = {0, 5, 1, 1, 0.5, 0.5, 0.3, 0.2, 0.1, 0.1};
        double[] silhouette = {0.5, 0.8, 0.6, 0.5, 0.4, 0.4, 0.3, 0.3, 0.3};

        var image = Pngs.assertPng(ElbowChart.png(mean, std, silhouette, 3, "elbow", ChartSize.DEFAULT), 800, 600);
        assertThat(Pngs.contains(image, 0xd62728)).as("chosen-k marker").isTrue();
    }

    @Test
    void clustersWithCentresAndNewPatternCentres() {
        double[][] centres = {{0.1, 0.05, -1, -1.05}, {5.05, 4.95, -2.05, -2}, {9.1, 0.15, -3, -1}};
        double[][] patterns = {{12, 8, 0, 0}};

        var image = Pngs.assertPng(ClusterCentresChart.png(DATA, centres, patterns, "clusters", ChartSize.DEFAULT), 800, 600);
        assertThat(Pngs.contains(image, 0xff0000)).as("new-pattern centre").isTrue();
    }

    @Test
    void badPlotInputNamesTheField() {
        assertThatThrownBy(() -> LabelledPoints.latent(POINTS, new int[] {0, 0, 1, 1, 2, 3}, LabelledPoints.clusterNames(3)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("labels[5]");
        assertThatThrownBy(() -> ElbowChart.png(new double[] {1, 2}, new double[] {0}, new double[] {0}, 1, "e", ChartSize.DEFAULT))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new LabelledPoints(POINTS, LABELS, List.of("a", "a", "b"), LabelledPoints.LATENT_FEATURES))
                .hasMessageStartingWith("labelNames");
    }
}
