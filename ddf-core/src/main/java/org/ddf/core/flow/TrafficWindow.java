package org.ddf.core.flow;

import java.time.Instant;
import java.util.Objects;

/**
 * One window of counters: the rows whose timestamps fall in {@code [start, end)}.
 *
 * @param start first instant of the window
 * @param end first instant after it
 * @param kind night or day
 * @param plotLabel the original's plot label: 0 for night, 1..7 for Monday..Sunday daytime
 * @param rows counters, one row per time step present, one column per link
 */
public record TrafficWindow(Instant start, Instant end, WindowKind kind, int plotLabel, double[][] rows) {

    /** Checks the label against the kind and that there are rows. */
    public TrafficWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        if (kind == WindowKind.NIGHT ? plotLabel != 0 : plotLabel < 1 || plotLabel > 7) {
            throw new IllegalArgumentException("plot label " + plotLabel + " does not fit a " + kind + " window");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("window at " + start + " has no rows");
        }
    }

    /** Number of links C. */
    public int channels() {
        return rows[0].length;
    }
}
