package org.ddf.api.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Labels of every window of a request, with the model that produced them.
 *
 * @param modelId id of the model in the registry
 * @param modelVersion its version
 * @param windows one verdict per complete window, in time order
 * @param skippedWindows windows of raw counters that were incomplete (fewer rows than the window length)
 * @param newPatterns how many new patterns the request's anomalous windows form
 */
@Schema(description = "One label per window, plus the model that labelled them")
public record LabelResponse(long modelId, int modelVersion, List<WindowLabel> windows, int skippedWindows,
                            int newPatterns) {
}
