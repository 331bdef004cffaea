package org.ddf.core.flow.pipeline;

/**
 * What {@link PcaBaseline} measured on one simulation.
 *
 * @param components principal components kept as the normal subspace
 * @param varianceKept share of the reference variance they explain
 * @param anomalies the evaluation windows: planted anomalies against windows above the threshold
 * @param preChangeAnomalies the same over the evaluation windows before the regime change only
 * @param postChangeWindows evaluation windows from the regime change on
 * @param postChangeFlagged of these, windows above the threshold
 */
public record BaselineScores(int components, double varianceKept, DetectionCounts anomalies,
                             DetectionCounts preChangeAnomalies, int postChangeWindows, int postChangeFlagged) {

    /** Share of post-change evaluation windows above the threshold; NaN without such windows. */
    public double postChangeFlaggedFraction() {
        return postChangeWindows == 0 ? Double.NaN : (double) postChangeFlagged / postChangeWindows;
    }
}
