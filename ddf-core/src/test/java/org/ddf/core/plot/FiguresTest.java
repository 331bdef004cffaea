package org.ddf.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.cluster.ClusterModel;
import org.ddf.core.flow.cluster.ClusterModelBuilder;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.cluster.NewPatternDetector;
import org.ddf.core.flow.cluster.WindowLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final List<String> KINDS = List.of("night", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static LabelledPoints windows;
    private static ClusterModel model;
    private static LabelledWindows labelled;

    /** 120 windows in three latent blobs plus a tight far group of 8, labelled night/weekday in turn. */
    @BeforeAll
    static void data() {
        Random random = new Random(3);
        double[][] centres = {{-2, 0, -3, -3}, {2, 0, -3, -2.5}, {0, 3, -2, -2}};
        double[][] points = new double[128][];
        int[] kinds = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            double[] c = i < 120 ? centres[i % 3] : new double[] {8, 8, 0, 0};
            double sigma = i < 120 ? 0.4 : 0.02;
            points[i] = new double[4];
            for (int j = 0; j < 4; j++) {
                points[i][j] = c[j] + sigma * random.nextGaussian();
            }
            kinds[i] = i % 8;
        }
        windows = LabelledPoints.latent(points, kinds, KINDS);
        double[][] reference = Arrays.copyOf(points, 120);
        model = ClusterModelBuilder.fit(reference, ClusteringOptions.defaults());
        labelled = new NewPatternDetector(model).detect(points);
    }

    @Test
    void allFourFiguresDecodeAtTheirSize() {
        Map<String, byte[]> figures = Figures.ddf("2020", windows, model, labelled);

        assertThat(figures).containsOnlyKeys(Figures.LATENT_SCATTER, Figures.PAIR_PLOT, Figures.ELBOW, Figures.CLUSTERS);
        Pngs.assertPng(figures.get(Figures.LATENT_SCATTER), 800, 600);
        Pngs.assertPng(figures.get(Figures.PAIR_PLOT), 4 * Figures.PAIR_PLOT_CELL, PairPlot.HEADER + 4 * Figures.PAIR_PLOT_CELL);
        Pngs.assertPng(figures.get(Figures.ELBOW), 800, 600);
        BufferedImage clusters = Pngs.assertPng(figures.get(Figures.CLUSTERS), 800, 600);
        // cluster 0 is drawn in the first palette colour, the new pattern in the fifth
        assertThat(Pngs.contains(clusters, 0x1f77b4)).isTrue();
        assertThat(Pngs.contains(clusters, 0x9467bd)).isTrue();
    }

    @Test
    void clusterRelabellingMarksAnomaliesAndNewPatterns() {
        assertThat(model.k()).isEqualTo(3);
        assertThat(labelled.newPatterns()).hasSize(1);

        LabelledPoints byCluster = Figures.byCluster(windows, model.k(), labelled.windows());

        assertThat(byCluster.labelNames()).containsExactly("cluster 0", "cluster 1", "cluster 2", "anomaly", "new pattern");
        for (int i = 120; i < 128; i++) {
            assertThat(byCluster.labels()[i]).isEqualTo(4);
        }
        for (int i = 0; i < 120; i++) {
            WindowLabel w = labelled.windows().get(i);
            assertThat(byCluster.labels()[i]).isEqualTo(w.anomalous() ? 3 : w.label());
        }
    }

    @Test
    void mismatchedLabelsAreRejected() {
        LabelledWindows fewer = new LabelledWindows(labelled.windows().subList(0, 10), List.of());

        assertThatThrownBy(() -> Figures.ddf("2020", windows, model, fewer))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("labelled");
    }
}
