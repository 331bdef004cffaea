package org.ddf.core.sim;

import org.ddf.core.flow.LinkCounters;

/**
 * A simulator run: the counters and what was planted in them.
 *
 * @param counters hourly (or finer) counters, one column per link
 * @param truth the planted class of every full window and the anomalous windows
 */
public record Simulation(LinkCounters counters, SimulationTruth truth) {
}
