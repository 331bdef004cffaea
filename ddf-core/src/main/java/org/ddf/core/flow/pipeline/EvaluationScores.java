package org.ddf.core.flow.pipeline;

/**
 * What {@link DdfEvaluation} measured for one option set on one simulation. See docs/benchmarks.md, "DDF anomaly
 * rule on the simulator", for the definitions.
 *
 * @param name the option set's name
 * @param seed the VAE's seed (the benchmark also seeds the simulation and k-means++ with it)
 * @param epochs VAE epochs
 * @param diverged whether the VAE's training diverged (then nothing else was measured)
 * @param failure why the run gave no model (divergence or a clustering error), or null
 * @param heldOutFirst held-out loss after the first epoch (NaN when diverged)
 * @param heldOutLast held-out loss after the last epoch (NaN when diverged)
 * @param logvarMin least encoder logvar over the reference windows (a frozen or collapsed logvar shows here)
 * @param logvarMax largest encoder logvar over the reference windows
 * @param k number of reference clusters
 * @param referenceAri adjusted Rand index of the reference windows' cluster labels against their planted classes
 * @param anomalies the evaluation windows: planted anomalies against windows flagged anomalous but not part of a
 *                  new pattern
 * @param preChangeAnomalies the same over the evaluation windows before the regime change only
 * @param preChangeWindows evaluation windows before the regime change
 * @param preChangeNewPattern of these, windows reported as part of a new pattern (false alarms of the rule)
 * @param postChangeWindows evaluation windows from the regime change on
 * @param postChangeNewPattern of these, windows reported as part of a new pattern
 */
public record EvaluationScores(String name, long seed, int epochs, boolean diverged, String failure,
                               double heldOutFirst, double heldOutLast, double logvarMin, double logvarMax, int k,
                               double referenceAri, DetectionCounts anomalies, DetectionCounts preChangeAnomalies,
                               int preChangeWindows, int preChangeNewPattern, int postChangeWindows,
                               int postChangeNewPattern) {

    /** Scores of a run that produced no model. */
    static EvaluationScores failed(String name, long seed, int epochs, boolean diverged, String failure) {
        return new EvaluationScores(name, seed, epochs, diverged, failure, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, Double.NaN, DetectionCounts.NONE, DetectionCounts.NONE, 0, 0, 0, 0);
    }

    /** Whether a model was trained and scored. */
    public boolean succeeded() {
        return failure == null;
    }

    /** Share of post-change evaluation windows reported as part of a new pattern; NaN without such windows. */
    public double postChangeNewPatternFraction() {
        return postChangeWindows == 0 ? Double.NaN : (double) postChangeNewPattern / postChangeWindows;
    }

    /** Share of pre-change evaluation windows reported as part of a new pattern; NaN without such windows. */
    public double preChangeNewPatternFraction() {
        return preChangeWindows == 0 ? Double.NaN : (double) preChangeNewPattern / preChangeWindows;
    }
}
