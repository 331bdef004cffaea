package org.ddf.api.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * One window already turned into its C×C Pearson correlation matrix (values in [-1, 1]).
 *
 * @param start the window's start time
 * @param matrix the correlation matrix, C rows of C values
 */
@Schema(description = "A window given as its C x C Pearson correlation matrix, entries in [-1, 1]")
public record CorrelationWindow(
        @Schema(description = "Start of the window (UTC)", example = "2021-03-01T06:00:00Z") @NotNull Instant start,
        @Schema(description = "C rows of C correlations") @NotEmpty List<List<Double>> matrix) {
}
