package org.ddf.cli.http;

import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

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
        poll(inference, "/api/v1/ddf/model", model -> model.path("modelId").asLong() == modelId, timeout,
                "ddf-inference did not pick up model " + modelId + " within " + timeout);
    }

    /**
     * Polls the readiness probe until it answers 200: ddf-inference holds it down (503) while it warms itself up.
     *
     * @throws IllegalStateException when the service is not ready within {@code timeout}
     */
    public static void awaitReady(JsonHttp inference, Duration timeout) throws InterruptedException {
        poll(inference, "/actuator/health/readiness", ready -> true, timeout,
                "ddf-inference was not ready within " + timeout);
    }

    /** GETs {@code path} every 200 ms until an answer passes {@code done}; a 503 counts as not yet. */
    private static void poll(JsonHttp inference, String path, Predicate<JsonNode> done, Duration timeout,
                             String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (done.test(inference.get(path))) {
                    return;
                }
            } catch (ApiException e) {
                if (e.status() != 503) {
                    throw e;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(failure);
    }
}
