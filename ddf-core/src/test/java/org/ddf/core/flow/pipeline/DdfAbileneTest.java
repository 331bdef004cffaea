package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.io.Aggregation;
import org.ddf.core.io.IntervalAggregator;
import org.ddf.core.io.WideCsvReader;
import org.ddf.core.nn.TrainingListener;
import org.ddf.core.plot.Figures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DDF end to end on real data: the SNDlib Abilene origin-destination counters (132 pairs, 5-minute samples,
 * 2004-03-01..03-14 and 04-02..04-04), aggregated to hours. Only 32 complete 12-hour windows exist, so the VAE
 * trains for a few epochs and k is fixed: the test checks that the pipeline runs with C = 132 and produces its
 * model and figures, not what it learns. The file is looked up in the shared data folder beside the repository
 * ({@code ../../shared/data/...} from the module) or at the path in the system property {@code ddf.abilene.csv};
 * the test is skipped when neither exists.
 */
class DdfAbileneTest {

    private static final String FILE = "abilene_od_5min_2004-03-01_to_2004-04-04.csv";
    private static final Path DEFAULT = Path.of("..", "..", "shared", "data", "sndlib-abilene-geant", FILE);

    private static LinkCounters hourly;
    private static TrainedDdf trained;

    @BeforeAll
    static void train() throws Exception {
        Path file = Path.of(System.getProperty("ddf.abilene.csv", DEFAULT.toString())).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "SNDlib Abilene data not found at " + file
                + " (set -Dddf.abilene.csv=<path>); real-data DDF test skipped");
        try (InputStream in = Files.newInputStream(file)) {
            hourly = IntervalAggregator.aggregate(new WideCsvReader().read(in), Duration.ofHours(1), Aggregation.MEAN);
        }
        DdfOptions robust = DdfOptions.robust();
        DdfOptions options = robust.withVae(robust.vae().withEpochs(3)).withClustering(robust.clustering().withK(3));
        Instant end = hourly.timestamps()[hourly.rows() - 1].plus(Duration.ofHours(1));
        trained = DdfTrainer.train(hourly, DdfPlan.of(hourly.timestamps()[0], end), options, null, TrainingListener.NONE);
    }

    @AfterAll
    static void close() {
        if (trained != null) {
            trained.model().close();
        }
    }

    @Test
    void trainsOnAll132PairsAndTheirThirtyTwoWindows() {
        DdfMetrics metrics = trained.metrics();

        assertThat(trained.model().reference().channels()).isEqualTo(132);
        assertThat(trained.model().vae().architecture().channels()).isEqualTo(132);
        assertThat(metrics.trainWindows()).isEqualTo(32);
        assertThat(metrics.referenceWindows()).isEqualTo(32);
        assertThat(metrics.k()).isEqualTo(3);
        assertThat(metrics.heldOutLoss()).hasSize(3).allMatch(Double::isFinite);
        assertThat(metrics.threshold()).isPositive();
    }

    @Test
    void labelsEveryWindowWithOneOfTheClusters() {
        DdfModel model = trained.model();

        LabelledWindows labels = model.label(model.features(model.windows(hourly)));

        assertThat(labels.windows()).hasSize(32);
        assertThat(labels.windows()).allMatch(l -> l.label() >= 0 && l.label() < 3 && Double.isFinite(l.score()));
        assertThat(labels.anomalies()).isEqualTo(trained.metrics().referenceAnomalies());
    }

    @Test
    void writesTheFourFiguresAsDecodablePngs() throws Exception {
        Map<String, byte[]> figures = trained.figures();

        assertThat(figures).containsOnlyKeys(Figures.LATENT_SCATTER, Figures.PAIR_PLOT, Figures.ELBOW, Figures.CLUSTERS);
        for (Map.Entry<String, byte[]> figure : figures.entrySet()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.getValue()));
            assertThat(image).as(figure.getKey()).isNotNull();
            assertThat(image.getWidth()).as(figure.getKey()).isGreaterThan(100);
            assertThat(image.getHeight()).as(figure.getKey()).isGreaterThan(100);
        }
    }
}
