package org.ddf.core.flow.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.FittedFeatures;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.cluster.ClusterModel;
import org.ddf.core.flow.cluster.ClusterModelBuilder;
import org.ddf.core.flow.cluster.NewPatternDetector;
import org.ddf.core.flow.cluster.WindowLabel;
import org.ddf.core.flow.vae.VaeTrainingOptions;
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
     * Each variant's reference clusters are fitted as {@link DdfTrainer} fits them. When the first variant's
     * clustering fails, no VAE is left and every variant fails.
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
        RunFeatures run;
        try {
            run = features(simulation, evaluationFrom, first);
        } catch (TrainingDivergedException | InvalidInputException e) {
            return failures(variants, first.vae(), e);
        }
        return score(run, variants);
    }

    /**
     * The log linear residual of every window of a simulation, fitted on the windows before an instant as
     * {@link DdfTrainer} fits it ({@link LinearResidual#ofTraining}), whatever score features the options choose: so
     * that a saved run can be scored either way.
     *
     * @param referenceStarts the starts of the windows before the instant (the reference), in time order
     * @param reference their log mean squared residuals
     * @param evaluationStarts the starts of the windows from the instant on, in time order
     * @param evaluation their log mean squared residuals
     */
    record LinearResiduals(List<Instant> referenceStarts, double[] reference, List<Instant> evaluationStarts,
                           double[] evaluation) {

        /**
         * Computes them.
         *
         * @param counters the simulation's counters
         * @param evaluationFrom first instant of the evaluation range; the residual is fitted on everything before it
         * @param options the feature options and the VAE's seed to fit with
         */
        static LinearResiduals of(LinkCounters counters, Instant evaluationFrom, DdfOptions options) {
            FeatureExtractor extractor = new FeatureExtractor(options.features());
            List<TrafficWindow> windows = extractor.windows(counters);
            List<TrafficWindow> train = windows.stream().filter(w -> w.start().isBefore(evaluationFrom)).toList();
            FittedFeatures fitted = extractor.fit(train);
            LinearResidual residual = LinearResidual.ofTraining(fitted.batch(), options.vae().seed());
            FeatureBatch reference = extractor.transform(train, fitted.fillMeans());
            FeatureBatch evaluation = extractor.transform(windows.stream()
                    .filter(w -> !w.start().isBefore(evaluationFrom)).toList(), fitted.fillMeans());
            return new LinearResiduals(reference.starts(), logs(residual, reference), evaluation.starts(),
                    logs(residual, evaluation));
        }

        private static double[] logs(LinearResidual residual, FeatureBatch batch) {
            return Arrays.stream(residual.meanSquaredResiduals(batch.values(), batch.size())).map(DdfModel::logError)
                    .toArray();
        }

        /**
         * The run with these residuals as the last value of its rows.
         *
         * @throws IllegalArgumentException naming the first window whose start differs from the run's
         */
        RunFeatures addTo(RunFeatures run) {
            requireStarts(run.referenceStarts(), referenceStarts, "reference");
            requireStarts(run.evaluationStarts(), evaluationStarts, "evaluation");
            return run.withLinearResidual(reference, evaluation);
        }

        private static void requireStarts(List<Instant> run, List<Instant> computed, String split) {
            if (run.equals(computed)) {
                return;
            }
            int same = 0;
            while (same < Math.min(run.size(), computed.size()) && run.get(same).equals(computed.get(same))) {
                same++;
            }
            throw new IllegalArgumentException("the run's " + run.size() + " " + split + " windows are not the "
                    + computed.size() + " recomputed ones: window " + same + " starts at "
                    + (same < run.size() ? run.get(same) : "none") + " in the run, at "
                    + (same < computed.size() ? computed.get(same) : "none") + " recomputed");
        }
    }

    /**
     * Trains one model and keeps its score features of the reference and evaluation windows, with the log linear
     * residual ({@link LinearResiduals}), to score without training again ({@link #score}).
     *
     * @param simulation counters and truth
     * @param evaluationFrom first instant of the evaluation range; the model trains on everything before it
     * @param options the options to train with (the clustering is fitted too, so it must succeed)
     * @throws TrainingDivergedException when the VAE diverges
     * @throws InvalidInputException when the reference clusters cannot be fitted
     */
    public static RunFeatures features(Simulation simulation, Instant evaluationFrom, DdfOptions options) {
        TrainedDdf trained = DdfTrainer.train(simulation.counters(),
                DdfPlan.of(simulation.counters().timestamps()[0], evaluationFrom), options, null, TrainingListener.NONE);
        PlantedTruth truth = new PlantedTruth(simulation.truth().windows());
        try (DdfModel model = trained.model()) {
            List<TrafficWindow> windows = model.windows(simulation.counters());
            FeatureBatch reference = model.features(windows.stream().filter(w -> w.start().isBefore(evaluationFrom)).toList());
            FeatureBatch evaluation = model.features(windows.stream().filter(w -> !w.start().isBefore(evaluationFrom)).toList());
            ScoreFeatures kind = ScoreFeatures.LATENT_AND_RECONSTRUCTION;
            RunFeatures run = new RunFeatures(options.vae().seed(), trained.metrics().heldOutLoss(),
                    reference.starts().stream().map(truth::at).toList(),
                    DdfModel.scoreFeatures(model.vae(), kind, null, reference.values(), reference.size()),
                    evaluation.starts().stream().map(truth::at).toList(),
                    DdfModel.scoreFeatures(model.vae(), kind, null, evaluation.values(), evaluation.size()));
            return LinearResiduals.of(simulation.counters(), evaluationFrom, options).addTo(run);
        }
    }

    /** One failed score per variant for a run that gave no model. */
    static List<EvaluationScores> failures(List<Variant> variants, VaeTrainingOptions vae, RuntimeException e) {
        boolean diverged = e instanceof TrainingDivergedException;
        return variants.stream().map(v -> EvaluationScores.failed(v.name(), vae.seed(), vae.epochs(), diverged,
                (diverged ? "VAE diverged: " : "clustering failed: ") + e.getMessage())).toList();
    }

    /**
     * Scores every variant on the features of one trained VAE: fits each variant's reference clusters on the
     * reference windows, labels the evaluation windows and compares with the planted truth. Only the clustering
     * and score-feature options of the variants are used.
     *
     * @param run the trained VAE's features and truth
     * @param variants at least one
     * @return one score per variant, in order
     */
    public static List<EvaluationScores> score(RunFeatures run, List<Variant> variants) {
        List<EvaluationScores> out = new ArrayList<>();
        for (Variant v : variants) {
            try {
                out.add(score(run, v));
            } catch (InvalidInputException e) {
                out.add(EvaluationScores.failed(v.name(), run.seed(), run.epochs(), false,
                        "clustering failed: " + e.getMessage()));
            }
        }
        return out;
    }

    private static EvaluationScores score(RunFeatures run, Variant variant) {
        ScoreFeatures kind = variant.options().scoreFeatures();
        double[][] ref = run.referenceFeatures(kind);
        ClusterModel clusters = ClusterModelBuilder.fit(ref, variant.options().clustering());
        NewPatternDetector detector = new NewPatternDetector(clusters);
        PlantedTruth truth = new PlantedTruth(run.reference());
        int[] referenceLabels = detector.detect(ref, run.referenceStarts()).windows().stream()
                .mapToInt(WindowLabel::label).toArray();
        double ari = AdjustedRandIndex.of(truth.classes(run.referenceStarts()), referenceLabels);
        double logvarMin = Double.POSITIVE_INFINITY;
        double logvarMax = Double.NEGATIVE_INFINITY;
        for (double[] f : ref) {
            logvarMin = Math.min(logvarMin, Math.min(f[2], f[3]));
            logvarMax = Math.max(logvarMax, Math.max(f[2], f[3]));
        }
        List<Instant> starts = run.evaluationStarts();
        List<WindowLabel> labels = detector.detect(run.evaluationFeatures(kind), starts).windows();
        PlantedTruth evaluated = new PlantedTruth(run.evaluation());
        boolean[] flagged = new boolean[labels.size()];
        int[] newPattern = new int[2];
        int[] windows = new int[2];
        for (int i = 0; i < flagged.length; i++) {
            WindowLabel l = labels.get(i);
            flagged[i] = l.anomalous() && !l.newPattern();
            int after = run.evaluation().get(i).afterChange() ? 1 : 0;
            windows[after]++;
            newPattern[after] += l.newPattern() ? 1 : 0;
        }
        List<Double> heldOut = run.heldOutLoss();
        return new EvaluationScores(variant.name(), run.seed(), run.epochs(), false, null, heldOut.get(0),
                heldOut.get(heldOut.size() - 1), logvarMin, logvarMax, clusters.k(), ari,
                evaluated.detection(starts, flagged, w -> true), evaluated.detection(starts, flagged, w -> !w.afterChange()),
                windows[0], newPattern[0], windows[1], newPattern[1]);
    }

    /**
     * Runs the benchmark and prints its tables (see {@link EvaluationCommand} for the arguments).
     *
     * @param args e.g. {@code --epochs 10 --seeds 42,7 --vae faithful,robust --scoring raw,robust --baseline 0.9}
     */
    public static void main(String[] args) {
        EvaluationCommand.parse(args).run(System.out);
    }
}
