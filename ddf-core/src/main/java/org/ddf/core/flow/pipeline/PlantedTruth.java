package org.ddf.core.flow.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ddf.core.sim.PlantedWindow;

/** The simulator's truth looked up by window start, and detection counts against it. */
final class PlantedTruth {

    private final Map<Instant, PlantedWindow> byStart = new HashMap<>();

    PlantedTruth(List<PlantedWindow> windows) {
        for (PlantedWindow w : windows) {
            byStart.put(w.start(), w);
        }
    }

    /** The planted window starting at {@code start}; the window must be a full simulated window. */
    PlantedWindow at(Instant start) {
        PlantedWindow w = byStart.get(start);
        if (w == null) {
            throw new IllegalArgumentException("window at " + start + " is not a full simulated window");
        }
        return w;
    }

    /** The planted class index of each window. */
    int[] classes(List<Instant> starts) {
        return starts.stream().mapToInt(s -> at(s).classIndex()).toArray();
    }

    /**
     * Planted anomalies against flags over the windows that {@code counted} selects.
     *
     * @param starts window starts
     * @param flagged whether each window was reported as an anomaly
     * @param counted which planted windows take part
     */
    DetectionCounts detection(List<Instant> starts, boolean[] flagged, Predicate<PlantedWindow> counted) {
        int windows = 0;
        int planted = 0;
        int flags = 0;
        int found = 0;
        for (int i = 0; i < starts.size(); i++) {
            PlantedWindow w = at(starts.get(i));
            if (counted.test(w)) {
                windows++;
                planted += w.anomalous() ? 1 : 0;
                flags += flagged[i] ? 1 : 0;
                found += w.anomalous() && flagged[i] ? 1 : 0;
            }
        }
        return new DetectionCounts(windows, planted, flags, found);
    }
}
