package org.ddf.cli.http;

import java.time.Duration;

/** Waits for ddf-inference to serve a given DDF model (it reloads on activation, within a second or so). */
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
}
