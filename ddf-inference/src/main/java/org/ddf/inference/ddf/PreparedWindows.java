package org.ddf.inference.ddf;

import java.time.Instant;
import java.util.List;
import org.ddf.core.flow.WindowKind;

/**
 * Windows of a request turned into scaled correlation features, one {@code C·C} array per window.
 *
 * @param starts window starts
 * @param kinds night or day
 * @param features the model's input per window
 * @param skipped windows of raw counters that were incomplete
 */
record PreparedWindows(List<Instant> starts, List<WindowKind> kinds, List<float[]> features, int skipped) {
}
