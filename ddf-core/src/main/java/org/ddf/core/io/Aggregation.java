package org.ddf.core.io;

/** How {@link IntervalAggregator} combines the samples of one coarser step. */
public enum Aggregation {
    /** Mean of the samples present: right for rates (e.g. Mbit/s). */
    MEAN,
    /**
     * Sum over the step: right for volumes (e.g. bytes per interval). Missing samples count at the mean of the
     * present ones, so a step with a hole is not biased low.
     */
    SUM
}
