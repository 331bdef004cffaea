package org.ddf.core.flow;

import java.time.Instant;
import java.util.List;

/**
 * Traffic counters of many links on a regular time grid: {@code values[t][link]} at {@code timestamps[t]}.
 * Missing values are {@link Double#NaN} until {@link MissingValues} fills them.
 *
 * @param links link names, one per column
 * @param timestamps strictly increasing sample times
 * @param values counters, one row per timestamp and one column per link
 */
public record LinkCounters(List<String> links, Instant[] timestamps, double[][] values) {

    /** Checks the shape: one row per timestamp, one column per link. */
    public LinkCounters {
        links = List.copyOf(links);
        if (timestamps.length != values.length) {
            throw new IllegalArgumentException("timestamps (" + timestamps.length + ") and rows (" + values.length + ") differ");
        }
        for (int t = 0; t < values.length; t++) {
            if (values[t].length != links.size()) {
                throw new IllegalArgumentException("row " + t + " has " + values[t].length + " values, expected " + links.size());
            }
        }
    }

    /** Number of links (channels C). */
    public int channels() {
        return links.size();
    }

    /** Number of time steps. */
    public int rows() {
        return timestamps.length;
    }
}
