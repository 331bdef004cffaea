package org.ddf.core.flow.pipeline;

/**
 * Planted anomalies against flagged windows over a set of evaluated windows.
 *
 * @param windows windows evaluated
 * @param planted windows the simulator planted an anomaly in
 * @param flagged windows the detector reported as anomalies
 * @param found planted windows that were flagged
 */
public record DetectionCounts(int windows, int planted, int flagged, int found) {

    /** No windows. */
    public static final DetectionCounts NONE = new DetectionCounts(0, 0, 0, 0);

    /** Checks that the counts fit together. */
    public DetectionCounts {
        if (windows < 0 || planted > windows || flagged > windows || found > Math.min(planted, flagged) || found < 0) {
            throw new IllegalArgumentException("inconsistent counts: windows " + windows + ", planted " + planted
                    + ", flagged " + flagged + ", found " + found);
        }
    }

    /** Found / planted; NaN when nothing was planted. */
    public double recall() {
        return planted == 0 ? Double.NaN : (double) found / planted;
    }

    /** Found / flagged; NaN when nothing was flagged. */
    public double precision() {
        return flagged == 0 ? Double.NaN : (double) found / flagged;
    }

    /** The counts of both sets together (e.g. pooled over seeds). */
    public DetectionCounts plus(DetectionCounts other) {
        return new DetectionCounts(windows + other.windows, planted + other.planted, flagged + other.flagged,
                found + other.found);
    }
}
