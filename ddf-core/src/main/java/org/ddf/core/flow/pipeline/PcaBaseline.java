package org.ddf.core.flow.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.cluster.Percentile;
import org.ddf.core.sim.Simulation;
import smile.feature.extraction.PCA;
import smile.math.MathEx;
import smile.math.matrix.Matrix;

/**
 * The classic PCA subspace detector of network-wide anomalies (Lakhina et al., SIGCOMM 2004) as a baseline for
 * DDF: the hourly counters of the reference windows, z-scored per link, span a normal subspace (the leading
 * principal components that explain a given share of the variance); a window's score is the mean squared
 * residual of its rows outside that subspace, and a window is anomalous above the given percentile of the
 * reference windows' scores. It has no notion of a new pattern: a changed regime is simply anomalous.
 */
public final class PcaBaseline {

    private PcaBaseline() {
    }

    /**
     * Fits on the windows before {@code evaluationFrom} and scores the windows from it on.
     *
     * @param simulation counters and truth
     * @param evaluationFrom first instant of the evaluation range
     * @param varianceToKeep share of the reference variance the normal subspace explains, in (0, 1)
     * @param percentile anomaly threshold as a percentile of the reference windows' scores, in (0, 100]
     */
    public static BaselineScores evaluate(Simulation simulation, Instant evaluationFrom, double varianceToKeep,
                                          double percentile) {
        if (!(varianceToKeep > 0 && varianceToKeep < 1)) {
            throw new IllegalArgumentException("varianceToKeep must be in (0, 1), got " + varianceToKeep);
        }
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + percentile);
        }
        List<TrafficWindow> windows = new FeatureExtractor(FeatureOptions.defaults()).windows(simulation.counters());
        List<TrafficWindow> reference = windows.stream().filter(w -> w.start().isBefore(evaluationFrom)).toList();
        List<TrafficWindow> evaluation = windows.stream().filter(w -> !w.start().isBefore(evaluationFrom)).toList();
        if (reference.isEmpty() || evaluation.isEmpty()) {
            throw new IllegalArgumentException("evaluationFrom " + evaluationFrom + " leaves no reference or no "
                    + "evaluation windows");
        }
        double[][] rows = reference.stream().flatMap(w -> List.of(w.rows()).stream()).toArray(double[][]::new);
        double[] mean = MathEx.colMeans(rows);
        double[] std = MathEx.colSds(rows);
        for (int j = 0; j < std.length; j++) {
            std[j] = std[j] > 0 ? std[j] : 1;
        }
        PCA pca = PCA.fit(standardised(rows, mean, std));
        double[] cumulative = pca.cumulativeVarianceProportion();
        int q = 1;
        while (q < cumulative.length && cumulative[q - 1] < varianceToKeep) {
            q++;
        }
        Subspace normal = new Subspace(pca.center(), pca.loadings(), q);
        double threshold = Percentile.of(scores(reference, normal, mean, std), percentile);
        double[] evaluationScores = scores(evaluation, normal, mean, std);
        boolean[] flagged = new boolean[evaluation.size()];
        int postChange = 0;
        int postChangeFlagged = 0;
        PlantedTruth truth = new PlantedTruth(simulation.truth().windows());
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < flagged.length; i++) {
            flagged[i] = evaluationScores[i] > threshold;
            starts.add(evaluation.get(i).start());
            if (truth.at(starts.get(i)).afterChange()) {
                postChange++;
                postChangeFlagged += flagged[i] ? 1 : 0;
            }
        }
        return new BaselineScores(q, cumulative[q - 1], truth.detection(starts, flagged, w -> true),
                truth.detection(starts, flagged, w -> !w.afterChange()), postChange, postChangeFlagged);
    }

    private static double[][] standardised(double[][] rows, double[] mean, double[] std) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = standardised(rows[i], mean, std);
        }
        return z;
    }

    private static double[] standardised(double[] row, double[] mean, double[] std) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / std[j];
        }
        return z;
    }

    /** Mean squared residual of each window's standardised rows outside the normal subspace. */
    private static double[] scores(List<TrafficWindow> windows, Subspace normal, double[] mean, double[] std) {
        double[] out = new double[windows.size()];
        for (int w = 0; w < out.length; w++) {
            double[][] rows = windows.get(w).rows();
            double sum = 0;
            for (double[] row : rows) {
                sum += normal.squaredResidual(standardised(row, mean, std));
            }
            out[w] = sum / rows.length;
        }
        return out;
    }

    /** The span of the first q principal directions. */
    private record Subspace(double[] centre, Matrix loadings, int q) {

        double squaredResidual(double[] z) {
            int p = z.length;
            double[] r = new double[p];
            for (int j = 0; j < p; j++) {
                r[j] = z[j] - centre[j];
            }
            for (int c = 0; c < q; c++) {
                double dot = 0;
                for (int j = 0; j < p; j++) {
                    dot += loadings.get(j, c) * (z[j] - centre[j]);
                }
                for (int j = 0; j < p; j++) {
                    r[j] -= dot * loadings.get(j, c);
                }
            }
            double s = 0;
            for (double v : r) {
                s += v * v;
            }
            return s;
        }
    }
}
