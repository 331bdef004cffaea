package org.ddf.api.model;

import org.ddf.api.web.InvalidRequestException;
import tools.jackson.databind.JsonNode;

/**
 * What a training job registers besides the weights.
 *
 * @param kind the model kind, e.g. {@code ddf}; versions count per kind
 * @param sourceJobId the job that trained it, or null
 * @param config the hyper-parameters and architecture, a JSON object
 * @param metrics held-out figures, a JSON object
 * @param reference what serving needs besides weights (k-means centres, thresholds, normalisation statistics),
 *                  a JSON object
 */
public record NewModel(String kind, Long sourceJobId, JsonNode config, JsonNode metrics, JsonNode reference) {

    /** Checks every field; throws {@link InvalidRequestException} naming the first bad one. */
    public NewModel {
        if (kind == null || !kind.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidRequestException("kind", "must be 1 to 64 lower-case letters, digits or '-', was '" + kind + "'");
        }
        requireObject("config", config);
        requireObject("metrics", metrics);
        requireObject("reference", reference);
    }

    private static void requireObject(String field, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(field, "must be a JSON object");
        }
    }
}
