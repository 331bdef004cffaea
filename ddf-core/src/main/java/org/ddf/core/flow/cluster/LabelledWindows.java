package org.ddf.core.flow.cluster;

import java.util.List;

/**
 * Every window's label and the new patterns found among the anomalous windows.
 *
 * @param windows one label per window, in input order
 * @param newPatterns the new patterns, ordered by their first window
 */
public record LabelledWindows(List<WindowLabel> windows, List<NewPattern> newPatterns) {

    /** Copies the lists. */
    public LabelledWindows {
        windows = List.copyOf(windows);
        newPatterns = List.copyOf(newPatterns);
    }

    /** Number of anomalous windows. */
    public long anomalies() {
        return windows.stream().filter(WindowLabel::anomalous).count();
    }
}
