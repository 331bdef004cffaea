package org.ddf.core.flow.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.cluster.ClusterModel;
import org.ddf.core.flow.cluster.ClusterModelBuilder;
import org.ddf.core.flow.cluster.InvalidClusteringInputException;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.cluster.WindowLabel;
import org.ddf.core.nn.TrainingDivergedException;
import org.ddf.core.nn.TrainingListener;
import org.ddf.core.sim.Simulation;
import smile.validation.metric.AdjustedRandIndex;

/**
 * Measures DDF on simulated counters whose classes and anomalies are known: trains on the windows before an
 * instant (the reference is the same range), labels the windows from it on, and scores the result against the
 * planted truth ({@link EvaluationScores}). {@link #main} runs the benchmark of docs/benchmarks.md.
 */
public final class DdfEvaluation {

    private DdfEvaluation() {
    }

    /**
     * A named option set.
     *
     * @param name shown in reports
     * @param options the settings
     */
    public record Variant(String name, DdfOptions options) {
    }

    /**
     * Trains one model and scores it.
     *
     * @param simulation counters and truth
     * @param evaluationFrom first instant of the evaluation range; the model trains on everything before it
     * @param variant the options to train with
     */
    public static EvaluationScores evaluate(Simulation simulation, Instant evaluationFrom, Variant variant) {
        return evaluate(simulation, evaluationFrom, List.of(variant)).get(0);
    }

    /**
     * Trains the VAE once, with the first variant's options, and scores every variant on it: the variants may
     * differ only in what is clustered and how ({@link DdfOptions#clustering()}, {@link DdfOptions#scoreFeatures()}).
     * The first variant is the model {@link DdfTrainer} made; the others refit its reference clusters as
     * {@link DdfTrainer} would. When the first variant's clustering fails, no VAE is left and every variant fails.
     *
     * @param simulation counters and truth
     * @param evaluationFrom first instant of the evaluation range; the model trains on everything before it
     * @param variants at least one; equal feature and VAE options
     * @return one score per variant, in order
     * @throws IllegalArgumentException when there is no variant or the variants' feature or VAE options differ
     */
    public static List<EvaluationScores> evaluate(Simulation simulation, Instant evaluationFrom, List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants: at least one is needed");
        }
        DdfOptions first = variants.get(0).options();
        for (Variant v : variants) {
            if (!v.options().features().equals(first.features()) || !v.options().vae().equals(first.vae())) {
                throw new IllegalArgumentException("variant " + v.name() + ": features and vae options must equal the "
                        + "first variant's");
            }
        }
        long seed = first.vae().seed();
        int epochs = first.vae().epochs();
        TrainedDdf trained;
        try {
            trained = DdfTrainer.train(simulation.counters(),
                    DdfPlan.of(simulation.counters().timestamps()[0], evaluationFrom), first, null, TrainingListener.NONE);
        } catch (TrainingDivergedException | InvalidClusteringInputException e) {
            boolean diverged = e instanceof TrainingDivergedException;
            return variants.stream().map(v -> EvaluationScores.failed(v.name(), seed, epochs, diverged,
                    (diverged ? "VAE diverged: " : "clustering failed: ") + e.getMessage())).toList();
        }
        try (DdfModel model = trained.model()) {
            Split split = new Split(model, seed, simulation, evaluationFrom);
            List<EvaluationScores> out = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                try {
                    DdfModel variantModel = i == 0 ? model : split.refit(v.options());
                    out.add(split.score(v.name(), variantModel, trained.metrics()));
                } catch (InvalidClusteringInputException e) {
                    out.add(EvaluationScores.failed(v.name(), seed, epochs, false, "clustering failed: " + e.getMessage()));
                }
            }
            return out;
        }
    }

    /**
     * Runs the benchmark and prints its tables (see {@link EvaluationCommand} for the arguments).
     *
     * @param args e.g. {@code --epochs 10 --seeds 42,7 --vae faithful,robust --scoring raw,robust --baseline 0.9}
     */
    public static void main(String[] args) {
        EvaluationCommand.parse(args).run(System.out);
    }

    /** The reference and evaluation windows of one trained VAE, their features per kind, and the truth. */
    private static final class Split {

        private final DdfModel model;
        private final long seed;
        private final PlantedTruth truth;
        private final FeatureBatch reference;
        private final FeatureBatch evaluation;
        private final Map<ScoreFeatures, double[][]> referenceFeatures = new EnumMap<>(ScoreFeatures.class);
        private final Map<ScoreFeatures, double[][]> evaluationFeatures = new EnumMap<>(ScoreFeatures.class);

        Split(DdfModel model, long seed, Simulation simulation, Instant evaluationFrom) {
            this.model = model;
            this.seed = seed;
            this.truth = new PlantedTruth(simulation.truth());
            List<TrafficWindow> windows = model.windows(simulation.counters());
            this.reference = model.features(windows.stream().filter(w -> w.start().isBefore(evaluationFrom)).toList());
            this.evaluation = model.features(windows.stream().filter(w -> !w.start().isBefore(evaluationFrom)).toList());
        }

        /** A model on the same VAE with reference clusters fitted under other clustering options. */
        DdfModel refit(DdfOptions options) {
            ClusterModel clusters = ClusterModelBuilder.fit(features(referenceFeatures, reference, options.scoreFeatures()),
                    options.clustering());
            DdfReference fitted = model.reference();
            return new DdfModel(model.vae(), DdfReference.of(fitted.links(), options.features(),
                    fitted.nanFillMeans(), options.scoreFeatures(), clusters));
        }

        EvaluationScores score(String name, DdfModel scored, DdfMetrics metrics) {
            ScoreFeatures kind = scored.reference().scoreFeatures();
            double[][] ref = features(referenceFeatures, reference, kind);
            LabelledWindows refLabels = scored.label(ref);
            int[] clusters = refLabels.windows().stream().mapToInt(WindowLabel::label).toArray();
            double ari = AdjustedRandIndex.of(truth.classes(reference.starts()), clusters);
            double logvarMin = Double.POSITIVE_INFINITY;
            double logvarMax = Double.NEGATIVE_INFINITY;
            for (double[] f : ref) {
                logvarMin = Math.min(logvarMin, Math.min(f[2], f[3]));
                logvarMax = Math.max(logvarMax, Math.max(f[2], f[3]));
            }
            List<WindowLabel> labels = scored.label(features(evaluationFeatures, evaluation, kind)).windows();
            boolean[] flagged = new boolean[labels.size()];
            int[] newPattern = new int[2];
            int[] windows = new int[2];
            for (int i = 0; i < flagged.length; i++) {
                WindowLabel l = labels.get(i);
                flagged[i] = l.anomalous() && !l.newPattern();
                int after = truth.at(evaluation.starts().get(i)).afterChange() ? 1 : 0;
                windows[after]++;
                newPattern[after] += l.newPattern() ? 1 : 0;
            }
            List<Instant> starts = evaluation.starts();
            List<Double> heldOut = metrics.heldOutLoss();
            return new EvaluationScores(name, seed, heldOut.size(), false, null, heldOut.get(0),
                    heldOut.get(heldOut.size() - 1), logvarMin, logvarMax,
                    scored.reference().clusters().k(), ari, truth.detection(starts, flagged, w -> true),
                    truth.detection(starts, flagged, w -> !w.afterChange()), windows[0], newPattern[0], windows[1],
                    newPattern[1]);
        }

        private double[][] features(Map<ScoreFeatures, double[][]> cache, FeatureBatch batch, ScoreFeatures kind) {
            return cache.computeIfAbsent(kind, k -> DdfModel.scoreFeatures(model.vae(), k, batch.values(), batch.size()));
        }
    }
}
