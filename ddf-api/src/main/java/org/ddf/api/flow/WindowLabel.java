package org.ddf.api.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The verdict on one window.
 *
 * @param index position of the window in the request
 * @param start window start
 * @param kind NIGHT or DAY
 * @param label cluster label (index of the nearest reference centre)
 * @param distance distance to that centre
 * @param anomalyScore distance divided by the anomaly threshold; above 1 is anomalous
 * @param anomalous whether the window is anomalous
 * @param newPattern whether the window belongs to a new pattern: a lasting group of unusual windows (beyond the
 *                   reference percentile) far from every reference centre; it may lie below the anomaly threshold
 * @param latent [mu1, mu2, logvar1, logvar2]
 */
@Schema(description = "Cluster label, distance, anomaly score and flags of one window")
public record WindowLabel(int index, Instant start, String kind, int label, double distance, double anomalyScore,
                          boolean anomalous, boolean newPattern, List<Double> latent) {
}
