package org.ddf.api.job;

import java.time.Instant;
import java.util.Map;

/**
 * The figures of one epoch of a job: the points of its loss curves.
 *
 * @param jobId the job
 * @param epoch the epoch (or step) they belong to
 * @param metrics figures by name, e.g. {@code trainLoss}; only finite values are stored
 * @param createdAt when they were written
 */
public record JobEvent(long jobId, int epoch, Map<String, Double> metrics, Instant createdAt) {

    /** Copies the metrics. */
    public JobEvent {
        metrics = Map.copyOf(metrics);
    }
}
