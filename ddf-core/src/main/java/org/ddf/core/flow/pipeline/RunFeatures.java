package org.ddf.core.flow.pipeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.sim.PlantedWindow;

/**
 * What one trained VAE says about a simulation, kept so that scoring rules can be compared without training
 * again: the score features and planted truth of the reference and evaluation windows, and the VAE's held-out loss
 * curve. Each window's row is [mu1, mu2, logvar1, logvar2, log reconstruction error] (the features of
 * {@link ScoreFeatures#LATENT_AND_RECONSTRUCTION}), optionally followed by the log of its {@link LinearResidual}
 * (runs saved before the residual existed lack it); every row has the same length.
 *
 * @param seed the VAE's seed (also the simulation's and k-means++'s in the benchmark)
 * @param heldOutLoss held-out loss per epoch
 * @param reference the reference windows' truth, in time order
 * @param referenceFeatures their features, one row of 5 or 6 per window
 * @param evaluation the evaluation windows' truth, in time order
 * @param evaluationFeatures their features, one row per window, as long as the reference's
 */
public record RunFeatures(long seed, List<Double> heldOutLoss, List<PlantedWindow> reference,
                          double[][] referenceFeatures, List<PlantedWindow> evaluation, double[][] evaluationFeatures) {

    /** Index of the log linear residual in a row that has it (after the log reconstruction error). */
    private static final int LINEAR_RESIDUAL = ScoreFeatures.LATENT_AND_RECONSTRUCTION.dimension();

    /** Checks that rows and windows agree and that every row is 5 long or every row 6, and copies the lists. */
    public RunFeatures {
        heldOutLoss = List.copyOf(heldOutLoss);
        reference = List.copyOf(reference);
        evaluation = List.copyOf(evaluation);
        if (heldOutLoss.isEmpty()) {
            throw new IllegalArgumentException("heldOutLoss: at least one epoch is needed");
        }
        int width = width(referenceFeatures, evaluationFeatures);
        if (width != LINEAR_RESIDUAL && width != LINEAR_RESIDUAL + 1) {
            throw new IllegalArgumentException("rows must hold " + LINEAR_RESIDUAL + " or " + (LINEAR_RESIDUAL + 1)
                    + " values, not " + width);
        }
        requireRows(referenceFeatures, reference.size(), width, "referenceFeatures");
        requireRows(evaluationFeatures, evaluation.size(), width, "evaluationFeatures");
    }

    /** Length of the rows (of the first one; the rows of a run without windows are taken as 5 long). */
    private static int width(double[][] referenceRows, double[][] evaluationRows) {
        double[][] rows = referenceRows.length > 0 ? referenceRows : evaluationRows;
        return rows.length > 0 ? rows[0].length : LINEAR_RESIDUAL;
    }

    private static void requireRows(double[][] rows, int windows, int width, String field) {
        if (rows.length != windows) {
            throw new IllegalArgumentException(field + ": " + rows.length + " rows for " + windows + " windows");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException(field + "[" + i + "]: " + rows[i].length + " values, expected "
                        + width);
            }
        }
    }

    /** Whether the rows end with the log linear residual. */
    public boolean hasLinearResidual() {
        return width(referenceFeatures, evaluationFeatures) > LINEAR_RESIDUAL;
    }

    /**
     * A copy whose rows end with the given log linear residuals, replacing any the run had.
     *
     * @param reference one per reference window, in order
     * @param evaluation one per evaluation window, in order
     */
    public RunFeatures withLinearResidual(double[] reference, double[] evaluation) {
        return new RunFeatures(seed, heldOutLoss, this.reference, appended(referenceFeatures, reference, "reference"),
                this.evaluation, appended(evaluationFeatures, evaluation, "evaluation"));
    }

    private static double[][] appended(double[][] rows, double[] residuals, String field) {
        if (residuals.length != rows.length) {
            throw new IllegalArgumentException(field + ": " + residuals.length + " residuals for " + rows.length
                    + " windows");
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Arrays.copyOf(rows[i], LINEAR_RESIDUAL + 1);
            out[i][LINEAR_RESIDUAL] = residuals[i];
        }
        return out;
    }

    /** Number of epochs the VAE trained. */
    public int epochs() {
        return heldOutLoss.size();
    }

    /**
     * The reference windows' features of one kind.
     *
     * @throws IllegalArgumentException for {@link ScoreFeatures#LATENT_AND_LINEAR_RESIDUAL} when the run has no
     *     linear residual
     */
    public double[][] referenceFeatures(ScoreFeatures kind) {
        return columns(referenceFeatures, kind);
    }

    /**
     * The evaluation windows' features of one kind.
     *
     * @throws IllegalArgumentException for {@link ScoreFeatures#LATENT_AND_LINEAR_RESIDUAL} when the run has no
     *     linear residual
     */
    public double[][] evaluationFeatures(ScoreFeatures kind) {
        return columns(evaluationFeatures, kind);
    }

    /** The reference windows' starts. */
    public List<Instant> referenceStarts() {
        return reference.stream().map(PlantedWindow::start).toList();
    }

    /** The evaluation windows' starts. */
    public List<Instant> evaluationStarts() {
        return evaluation.stream().map(PlantedWindow::start).toList();
    }

    /** The first columns of the rows, but for the linear residual's kind the latent four and the residual. */
    private double[][] columns(double[][] rows, ScoreFeatures kind) {
        if (kind != ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL) {
            return Arrays.stream(rows).map(r -> Arrays.copyOf(r, kind.dimension())).toArray(double[][]::new);
        }
        if (!hasLinearResidual()) {
            throw new IllegalArgumentException("score features " + kind + " need the log linear residual (column "
                    + RunFeaturesCsv.LINEAR_RESIDUAL_COLUMN + "), which the run of seed " + seed + " lacks");
        }
        int error = kind.reconstructionErrorIndex();
        return Arrays.stream(rows).map(r -> {
            double[] out = Arrays.copyOf(r, kind.dimension());
            out[error] = r[LINEAR_RESIDUAL];
            return out;
        }).toArray(double[][]::new);
    }
}
