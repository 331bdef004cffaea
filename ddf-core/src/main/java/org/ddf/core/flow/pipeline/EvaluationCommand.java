package org.ddf.core.flow.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.vae.VaeTrainingOptions;
import org.ddf.core.nn.TrainingDivergedException;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.Simulation;
import org.ddf.core.sim.SimulationSpec;

/**
 * The benchmark's command line: for each seed it simulates {@link SimulationSpec#defaults()} with that seed,
 * trains on the first two years, labels the third, and prints one Markdown row per VAE set × scoring set, then
 * the rows pooled over the seeds. Arguments (all optional): {@code --epochs N} (50), {@code --seeds a,b,...}
 * (42), {@code --vae names} (faithful,robust), {@code --scoring names} (faithful,robust), {@code --baseline
 * shares} (also the PCA baseline, keeping components up to each share of the variance; 99th percentile),
 * {@code --save-features DIR} (also write each trained VAE's score features, {@link RunFeaturesCsv}, as
 * {@code DIR/seed<seed>-<vae set>-<epochs>.csv}), {@code --load-features DIR} (train nothing: score the features
 * saved there for the same seeds, VAE sets and epochs), {@code --add-linear-residual OUTDIR} (with
 * {@code --load-features} only: first complete each file read with the log linear residual recomputed from the
 * simulation, write it to OUTDIR under the same name and score that, for files saved before the residual existed;
 * DIR is left as it is). Names: {@link OptionSets}.
 *
 * @param epochs VAE epochs
 * @param seeds simulation, VAE and k-means++ seeds
 * @param vaeSets VAE set names
 * @param scoringSets scoring set names
 * @param baselineVariance variance shares of the PCA baselines to run (none: no baseline)
 * @param saveFeatures folder to write each trained VAE's features to, or null
 * @param loadFeatures folder to read the features from instead of training, or null
 * @param addLinearResidual folder to write the loaded features completed with the log linear residual to, or null
 */
record EvaluationCommand(int epochs, List<Long> seeds, List<String> vaeSets, List<String> scoringSets,
                         List<Double> baselineVariance, Path saveFeatures, Path loadFeatures, Path addLinearResidual) {

    private static final double BASELINE_PERCENTILE = 99;

    /** Reads the arguments. */
    static EvaluationCommand parse(String[] args) {
        int epochs = 50;
        List<Long> seeds = List.of(42L);
        List<String> vae = List.of("faithful", "robust");
        List<String> scoring = List.of("faithful", "robust");
        List<Double> baseline = List.of();
        Path save = null;
        Path load = null;
        Path addResidual = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--epochs" -> epochs = Integer.parseInt(value(args, ++i));
                case "--seeds" -> seeds = Arrays.stream(value(args, ++i).split(",")).map(Long::valueOf).toList();
                case "--vae" -> vae = List.of(value(args, ++i).split(","));
                case "--scoring" -> scoring = List.of(value(args, ++i).split(","));
                case "--baseline" -> baseline = Arrays.stream(value(args, ++i).split(",")).map(Double::valueOf).toList();
                case "--save-features" -> save = Path.of(value(args, ++i));
                case "--load-features" -> load = Path.of(value(args, ++i));
                case "--add-linear-residual" -> addResidual = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; use --epochs N --seeds a,b --vae names --scoring names --baseline shares "
                        + "--save-features DIR --load-features DIR --add-linear-residual OUTDIR");
            }
        }
        vae.forEach(OptionSets::vae);
        scoring.forEach(s -> OptionSets.scoring(s, VaeTrainingOptions.faithful()));
        if (save != null && load != null) {
            throw new IllegalArgumentException("--save-features and --load-features exclude each other");
        }
        if (addResidual != null && load == null) {
            throw new IllegalArgumentException("--add-linear-residual completes loaded features: it needs "
                    + "--load-features DIR");
        }
        if (addResidual != null && addResidual.toAbsolutePath().normalize().equals(load.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--add-linear-residual must name another folder than --load-features, "
                    + "which it leaves as it is");
        }
        return new EvaluationCommand(epochs, seeds, vae, scoring, baseline, save, load, addResidual);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** Runs every combination and prints the tables. */
    void run(PrintStream out) {
        Map<String, List<EvaluationScores>> pooled = new LinkedHashMap<>();
        Map<Double, List<BaselineScores>> baselines = new LinkedHashMap<>();
        out.println("| set | seed | epochs | diverged | held-out loss 1st → last | logvar min, max | k | ARI "
                + "| recall | precision | pre-change recall | pre-change precision | post-change new pattern "
                + "| pre-change new pattern | seconds |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (long seed : seeds) {
            SimulationSpec spec = SimulationSpec.defaults().withSeed(seed);
            Instant evaluationFrom = spec.start().plusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant();
            Simulation simulation = loadFeatures != null && baselineVariance.isEmpty() && addLinearResidual == null
                    ? null : new LinkCounterSimulator(spec).run();
            for (double variance : baselineVariance) {
                BaselineScores b = PcaBaseline.evaluate(simulation, evaluationFrom, variance, BASELINE_PERCENTILE);
                baselines.computeIfAbsent(variance, v -> new ArrayList<>()).add(b);
                out.println(baselineRow(String.valueOf(seed), b));
            }
            for (String vaeSet : vaeSets) {
                VaeTrainingOptions vae = OptionSets.vae(vaeSet).withEpochs(epochs).withSeed(seed);
                List<DdfEvaluation.Variant> variants = scoringSets.stream().map(s -> {
                    DdfOptions o = OptionSets.scoring(s, vae);
                    ClusteringOptions seeded = o.clustering().withSeed(seed);
                    return new DdfEvaluation.Variant(vaeSet + " / " + s, o.withClustering(seeded));
                }).toList();
                long start = System.nanoTime();
                List<EvaluationScores> scores = scores(simulation, evaluationFrom, variants,
                        featureFile(seed, vaeSet));
                double seconds = (System.nanoTime() - start) / 1e9;
                for (EvaluationScores s : scores) {
                    pooled.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s);
                    out.println(row(s, seconds));
                }
                out.flush();
            }
        }
        out.println();
        out.println("Pooled over seeds " + seeds + ", " + epochs + " epochs:");
        out.println();
        out.println("| set | runs | diverged | mean ARI (min) | recall | precision | pre-change recall "
                + "| pre-change precision | post-change new pattern | pre-change new pattern |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        pooled.forEach((name, list) -> out.println(pooledRow(name, list)));
        baselines.forEach((variance, list) -> out.println(pooledBaselineRow(variance, list)));
    }

    /** The saved features' file name of one seed and VAE set. */
    String featureFile(long seed, String vaeSet) {
        return "seed" + seed + "-" + vaeSet + "-" + epochs + ".csv";
    }

    /**
     * Scores the variants on saved features (completed with the linear residual first when asked), or trains
     * (saving the features when asked) and scores.
     */
    private List<EvaluationScores> scores(Simulation simulation, Instant evaluationFrom,
                                          List<DdfEvaluation.Variant> variants, String file) {
        DdfOptions first = variants.get(0).options();
        if (loadFeatures != null) {
            RunFeatures run = addLinearResidual == null ? RunFeaturesCsv.read(loadFeatures.resolve(file))
                    : withLinearResidual(file, simulation, evaluationFrom, first);
            return DdfEvaluation.score(run, variants);
        }
        if (saveFeatures == null) {
            return DdfEvaluation.evaluate(simulation, evaluationFrom, variants);
        }
        RunFeatures run;
        try {
            run = DdfEvaluation.features(simulation, evaluationFrom, first);
        } catch (TrainingDivergedException | InvalidInputException e) {
            return DdfEvaluation.failures(variants, first.vae(), e);
        }
        RunFeaturesCsv.write(createdFolder(saveFeatures).resolve(file), run);
        return DdfEvaluation.score(run, variants);
    }

    /**
     * Reads a saved file, adds the log linear residual recomputed from the simulation, writes the result under the
     * same name to {@link #addLinearResidual} and reads it back, so that what is scored is what a later
     * {@code --load-features OUTDIR} would score.
     *
     * @throws IllegalArgumentException naming the file when its windows are not the simulation's
     */
    private RunFeatures withLinearResidual(String file, Simulation simulation, Instant evaluationFrom,
                                           DdfOptions options) {
        Path loaded = loadFeatures.resolve(file);
        RunFeatures run = RunFeaturesCsv.read(loaded);
        DdfEvaluation.LinearResiduals residuals = DdfEvaluation.LinearResiduals.of(simulation.counters(),
                evaluationFrom, options);
        try {
            run = residuals.addTo(run);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(loaded + ": " + e.getMessage(), e);
        }
        Path completed = createdFolder(addLinearResidual).resolve(file);
        RunFeaturesCsv.write(completed, run);
        return RunFeaturesCsv.read(completed);
    }

    private static Path createdFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private static String pooledBaselineRow(double variance, List<BaselineScores> baselines) {
        DetectionCounts all = DetectionCounts.NONE;
        DetectionCounts pre = DetectionCounts.NONE;
        int post = 0;
        int postFlagged = 0;
        for (BaselineScores b : baselines) {
            all = all.plus(b.anomalies());
            pre = pre.plus(b.preChangeAnomalies());
            post += b.postChangeWindows();
            postFlagged += b.postChangeFlagged();
        }
        return String.format(Locale.ROOT, "| PCA baseline (%.0f %% variance) | %d | – | – | %s | %s | %s | %s "
                + "| %s flagged | – |", 100 * variance, baselines.size(), recall(all), precision(all), recall(pre),
                precision(pre), share(postFlagged, post));
    }

    private static String row(EvaluationScores s, double seconds) {
        if (!s.succeeded()) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | | | | | | | | | | %.0f |", s.name(), s.seed(),
                    s.epochs(), s.diverged() ? "yes" : "no", s.failure().replace('|', '/'), seconds);
        }
        return String.format(Locale.ROOT,
                "| %s | %d | %d | no | %.5f → %.5f | %.2f, %.2f | %d | %.3f | %s | %s | %s | %s | %s | %s | %.0f |",
                s.name(), s.seed(), s.epochs(), s.heldOutFirst(), s.heldOutLast(), s.logvarMin(), s.logvarMax(), s.k(),
                s.referenceAri(), recall(s.anomalies()), precision(s.anomalies()), recall(s.preChangeAnomalies()),
                precision(s.preChangeAnomalies()), share(s.postChangeNewPattern(), s.postChangeWindows()),
                share(s.preChangeNewPattern(), s.preChangeWindows()), seconds);
    }

    private static String baselineRow(String seed, BaselineScores b) {
        return String.format(Locale.ROOT, "| PCA baseline (%d components, %.0f %% variance) | %s | – | – | – | – | – | – "
                        + "| %s | %s | %s | %s | %s flagged | – | |", b.components(), 100 * b.varianceKept(), seed,
                recall(b.anomalies()), precision(b.anomalies()), recall(b.preChangeAnomalies()),
                precision(b.preChangeAnomalies()), share(b.postChangeFlagged(), b.postChangeWindows()));
    }

    private static String pooledRow(String name, List<EvaluationScores> list) {
        List<EvaluationScores> ok = list.stream().filter(EvaluationScores::succeeded).toList();
        long diverged = list.stream().filter(EvaluationScores::diverged).count();
        DetectionCounts all = DetectionCounts.NONE;
        DetectionCounts pre = DetectionCounts.NONE;
        int post = 0;
        int postNew = 0;
        int preWindows = 0;
        int preNew = 0;
        for (EvaluationScores s : ok) {
            all = all.plus(s.anomalies());
            pre = pre.plus(s.preChangeAnomalies());
            post += s.postChangeWindows();
            postNew += s.postChangeNewPattern();
            preWindows += s.preChangeWindows();
            preNew += s.preChangeNewPattern();
        }
        double meanAri = ok.stream().mapToDouble(EvaluationScores::referenceAri).average().orElse(Double.NaN);
        double minAri = ok.stream().mapToDouble(EvaluationScores::referenceAri).min().orElse(Double.NaN);
        return String.format(Locale.ROOT, "| %s | %d | %d | %.3f (%.3f) | %s | %s | %s | %s | %s | %s |", name,
                list.size(), diverged, meanAri, minAri, recall(all), precision(all), recall(pre), precision(pre),
                share(postNew, post), share(preNew, preWindows));
    }

    private static String recall(DetectionCounts c) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", c.recall(), c.found(), c.planted());
    }

    private static String precision(DetectionCounts c) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", c.precision(), c.found(), c.flagged());
    }

    private static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", whole == 0 ? Double.NaN : (double) part / whole, part, whole);
    }
}
