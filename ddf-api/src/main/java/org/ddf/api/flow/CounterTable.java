package org.ddf.api.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.List;

/**
 * Raw link counters on a regular grid, as clients post them: one row per timestamp, one column per link.
 *
 * @param links link names; must match the model's links in number (and in order)
 * @param timestamps strictly increasing sample times (UTC)
 * @param values counters, {@code values[row][link]}; null stands for a missing value
 */
@Schema(description = "Raw link counters: one row per timestamp, one column per link. The server cuts them into "
        + "windows with the model's window length (night 18:00-05:59, day 06:00-17:59 UTC by default).")
public record CounterTable(
        @Schema(description = "Link names, one per column", example = "[\"SACR_SUNN\", \"SUNN_SACR\"]")
        @NotEmpty List<String> links,
        @Schema(description = "Sample times, strictly increasing", example = "[\"2021-03-01T06:00:00Z\", \"2021-03-01T07:00:00Z\"]")
        @NotEmpty List<Instant> timestamps,
        @Schema(description = "values[row][link]; null is a missing value", example = "[[1.2e9, 3.4e8], [1.1e9, 3.9e8]]")
        @NotEmpty List<List<Double>> values) {
}
