package org.ddf.training.job;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.JsonNode;

/**
 * A job to run.
 *
 * @param kind what to run
 * @param params its parameters, a JSON object
 */
@Schema(description = "A job: its kind and its parameters")
public record JobRequest(
        @Schema(description = "train-ddf, label-ddf, train-lstm, train-diffusion, generate or evaluate", example = "train-ddf")
        @NotBlank String kind,
        @Schema(description = "Parameters of the kind (see the kind's documentation)",
                example = "{\"datasetId\": 1, \"trainFrom\": \"2018-01-01T00:00:00Z\", \"trainTo\": \"2020-01-01T00:00:00Z\"}")
        JsonNode params) {
}
