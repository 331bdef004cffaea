package org.ddf.core.flow.pipeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.sim.PlantedWindow;

/**
 * What one trained VAE says about a simulation, kept so that scoring rules can be compared without training
 * again: the score features ({@link ScoreFeatures#LATENT_AND_RECONSTRUCTION}) and planted truth of the reference
 * and evaluation windows, and the VAE's held-out loss curve.
 *
 * @param seed the VAE's seed (also the simulation's and k-means++'s in the benchmark)
 * @param heldOutLoss held-out loss per epoch
 * @param reference the reference windows' truth, in time order
 * @param referenceFeatures their score features, one row of 5 per window
 * @param evaluation the evaluation windows' truth, in time order
 * @param evaluationFeatures their score features, one row of 5 per window
 */
public record RunFeatures(long seed, List<Double> heldOutLoss, List<PlantedWindow> reference,
                          double[][] referenceFeatures, List<PlantedWindow> evaluation, double[][] evaluationFeatures) {

    /** Checks that rows and windows agree and copies the lists. */
    public RunFeatures {
        heldOutLoss = List.copyOf(heldOutLoss);
        reference = List.copyOf(reference);
        evaluation = List.copyOf(evaluation);
        if (heldOutLoss.isEmpty()) {
            throw new IllegalArgumentException("heldOutLoss: at least one epoch is needed");
        }
        requireRows(referenceFeatures, reference.size(), "referenceFeatures");
        requireRows(evaluationFeatures, evaluation.size(), "evaluationFeatures");
    }

    private static void requireRows(double[][] rows, int windows, String field) {
        if (rows.length != windows) {
            throw new IllegalArgumentException(field + ": " + rows.length + " rows for " + windows + " windows");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != ScoreFeatures.LATENT_AND_RECONSTRUCTION.dimension()) {
                throw new IllegalArgumentException(field + "[" + i + "]: " + rows[i].length + " values, expected "
                        + ScoreFeatures.LATENT_AND_RECONSTRUCTION.dimension());
            }
        }
    }

    /** Number of epochs the VAE trained. */
    public int epochs() {
        return heldOutLoss.size();
    }

    /** The reference windows' features of one kind (the first columns). */
    public double[][] referenceFeatures(ScoreFeatures kind) {
        return columns(referenceFeatures, kind);
    }

    /** The evaluation windows' features of one kind (the first columns). */
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

    private static double[][] columns(double[][] rows, ScoreFeatures kind) {
        return Arrays.stream(rows).map(r -> Arrays.copyOf(r, kind.dimension())).toArray(double[][]::new);
    }
}
