package org.ddf.core.sim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the simulator planted, per full 12-hour window of the default window spec (06:00 / 18:00 UTC), in time
 * order.
 *
 * @param windows one entry per full window
 */
public record SimulationTruth(List<PlantedWindow> windows) {

    /** Copies the list. */
    public SimulationTruth {
        windows = List.copyOf(windows);
    }

    /** Starts of the windows with a planted anomaly, in time order. */
    public List<Instant> anomalies() {
        return windows.stream().filter(PlantedWindow::anomalous).map(PlantedWindow::start).toList();
    }

    /** The window starting at the given instant, if it is a full simulated window. */
    public Optional<PlantedWindow> at(Instant start) {
        return windows.stream().filter(w -> w.start().equals(start)).findFirst();
    }
}
