package org.ddf.cli.http;

import java.time.Duration;

/**
 * Waits for ddf-inference to serve a given DDF model (it reloads on activation, within a second or so), and for it to
 * be ready (it warms itself up when it serves its first model).
 */
public final class ServedModel {

    private ServedModel() {
    }

    /**
     * Polls {@code GET /api/v1/ddf/model} until it names {@code modelId}; 503 (no model yet) counts as not yet.
     *
     * @throws IllegalStateException when the model is not served within {@code timeout}
     */
    public static void await(JsonHttp inference, long modelId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (inference.get("/api/v1/ddf/model").path("modelId").asLong() == modelId) {
                    return;
                }
            } catch (ApiException e) {
                if (e.status() != 503) {
                    throw e;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("ddf-inference did not pick up model " + modelId + " within " + timeout);
    }

    /**
     * Polls the readiness probe until it answers 200: ddf-inference holds it down while it warms itself up.
     *
     * @throws IllegalStateException when the service is not ready within {@code timeout}
     */
    public static void awaitReady(JsonHttp inference, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                inference.get("/actuator/health/readiness");
                return;
            } catch (ApiException e) {
                if (e.status() != 503) {
                    throw e;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("ddf-inference was not ready within " + timeout);
    }
}
