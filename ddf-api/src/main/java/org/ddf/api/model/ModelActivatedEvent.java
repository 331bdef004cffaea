package org.ddf.api.model;

/**
 * Published in each service when a model becomes the active one of its kind (by any service), so that serving
 * code reloads it; react with {@code @EventListener}. Listeners run on the {@link ModelActivationListener} thread.
 *
 * @param kind the model kind
 * @param modelId the model now active
 */
public record ModelActivatedEvent(String kind, long modelId) {
}
