package org.ddf.core.flow.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.nn.TrainingListener;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.SimulationSpec;

/**
 * Where the time of labelling goes, stage by stage, for one window and for 64 windows of raw counters (C = 104):
 * cutting windows and computing the Pearson features, the encoder alone, the score features of the platform default
 * (the encoder and the linear residual), those with the reconstruction error (the whole VAE) and scoring with the
 * new-pattern rule. Median of many calls on the
 * calling thread, with a small model trained first (2 epochs: speed does not depend on how well it is trained).
 * ddf-inference adds JSON parsing, HTTP and the hand-over to its model thread to these.
 */
public final class LabelStageBenchmark {

    private static final int WINDOW_ROWS = 12;

    private LabelStageBenchmark() {
    }

    /**
     * One stage's median time.
     *
     * @param stage what was timed
     * @param millisOneWindow milliseconds for one window
     * @param millis64Windows milliseconds for 64 windows
     */
    public record Stage(String stage, double millisOneWindow, double millis64Windows) {
    }

    /** Trains the small model and times the stages (about half a minute). */
    public static List<Stage> run() {
        SimulationSpec spec = new SimulationSpec(7, SimulationSpec.genericLinks(104), LocalDate.of(2021, 1, 4), 60,
                Duration.ofHours(1), 4, LocalDate.of(2021, 4, 1), 2);
        LinkCounters counters = new LinkCounterSimulator(spec).run().counters();
        Instant start = counters.timestamps()[0];
        Instant end = counters.timestamps()[counters.rows() - 1].plusSeconds(1);
        DdfOptions options = DdfOptions.robust().withVae(DdfOptions.robust().vae().withEpochs(2))
                .withClustering(DdfOptions.robust().clustering().withK(3));
        try (DdfModel model = DdfTrainer.train(counters, DdfPlan.of(start, end), options, null, TrainingListener.NONE)
                .model()) {
            int first = Arrays.binarySearch(counters.timestamps(),
                    spec.start().atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(6 * 3600));
            IntFunction<LinkCounters> slice = windows -> new LinkCounters(counters.links(),
                    Arrays.copyOfRange(counters.timestamps(), first, first + windows * WINDOW_ROWS),
                    Arrays.copyOfRange(counters.values(), first, first + windows * WINDOW_ROWS));
            LinkCounters one = slice.apply(1);
            LinkCounters many = slice.apply(64);
            FeatureBatch oneBatch = features(model, one);
            FeatureBatch manyBatch = features(model, many);
            double[][] oneScores = model.scoreFeatures(oneBatch.values(), 1);
            double[][] manyScores = model.scoreFeatures(manyBatch.values(), 64);
            return List.of(
                    stage("windows, missing values, Pearson features", () -> features(model, one),
                            () -> features(model, many)),
                    stage("encoder only", () -> model.vae().encode(oneBatch.values(), 1),
                            () -> model.vae().encode(manyBatch.values(), 64)),
                    stage("score features (" + model.reference().scoreFeatures() + ")",
                            () -> model.scoreFeatures(oneBatch.values(), 1),
                            () -> model.scoreFeatures(manyBatch.values(), 64)),
                    stage("score features (" + ScoreFeatures.LATENT_AND_RECONSTRUCTION + ": the whole VAE)",
                            () -> DdfModel.scoreFeatures(model.vae(), ScoreFeatures.LATENT_AND_RECONSTRUCTION, null,
                                    oneBatch.values(), 1),
                            () -> DdfModel.scoreFeatures(model.vae(), ScoreFeatures.LATENT_AND_RECONSTRUCTION, null,
                                    manyBatch.values(), 64)),
                    stage("scoring and new-pattern rule", () -> model.label(oneScores, oneBatch.starts()),
                            () -> model.label(manyScores, manyBatch.starts())));
        }
    }

    /** Prints the stages as a table. */
    public static void main(String[] args) {
        System.out.printf("%-60s %12s %12s%n", "stage (ms, median)", "1 window", "64 windows");
        for (Stage s : run()) {
            System.out.printf("%-60s %12.3f %12.3f%n", s.stage(), s.millisOneWindow(), s.millis64Windows());
        }
    }

    private static FeatureBatch features(DdfModel model, LinkCounters counters) {
        List<TrafficWindow> windows = model.windows(counters);
        return model.features(windows);
    }

    private static Stage stage(String name, Runnable oneWindow, Runnable windows64) {
        return new Stage(name, median(oneWindow, 2000), median(windows64, 60));
    }

    /** Median milliseconds of {@code calls} timed calls after as many warm-up calls. */
    private static double median(Runnable call, int calls) {
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis[calls / 2];
    }
}
