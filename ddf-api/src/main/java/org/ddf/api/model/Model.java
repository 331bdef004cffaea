package org.ddf.api.model;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A registered model (its weights are read with {@link ModelRegistry#openWeights(long)}).
 *
 * @param id identifier
 * @param kind model kind, e.g. {@code ddf}
 * @param version 1, 2, … per kind
 * @param sourceJobId the job that trained it, or null
 * @param status candidate, active or retired
 * @param config hyper-parameters and architecture
 * @param metrics held-out figures
 * @param reference k-means centres, thresholds, normalisation statistics
 * @param weightsSizeBytes length of the weights
 * @param weightsChecksum lower-case hex SHA-256 of the weights
 * @param createdAt registration time
 * @param activatedAt last activation, null if never active
 */
public record Model(long id, String kind, int version, Long sourceJobId, ModelStatus status, JsonNode config,
                    JsonNode metrics, JsonNode reference, long weightsSizeBytes, String weightsChecksum,
                    Instant createdAt, Instant activatedAt) {
}
