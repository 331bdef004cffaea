package org.ddf.core.flow;

/** What the correlation of a window is computed on. */
public enum CorrelationInput {
    /** The counters themselves, as the original code does (default). */
    COUNTERS,
    /** First differences of the counters: the "flow change" the paper names. */
    CHANGES
}
