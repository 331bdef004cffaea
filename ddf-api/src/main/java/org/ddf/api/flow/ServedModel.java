package org.ddf.api.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The DDF model a label service is serving.
 *
 * @param modelId registry id
 * @param modelVersion version
 * @param links link names in column order, as requests must give them
 * @param windowHours window length
 * @param k number of reference clusters
 * @param threshold anomaly threshold on the distance to the nearest centre
 */
@Schema(description = "The DDF model being served")
public record ServedModel(long modelId, int modelVersion, List<String> links, long windowHours, int k, double threshold) {
}
