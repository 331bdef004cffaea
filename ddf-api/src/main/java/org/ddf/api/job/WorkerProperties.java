package org.ddf.api.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a service's {@link JobWorker} ({@code ddf.worker.*}).
 *
 * @param enabled whether the service runs a worker at all
 * @param concurrency jobs run at the same time
 * @param lease how long a claim lasts without a heartbeat; heartbeats come every third of it
 * @param pollInterval pause between claims while the queue is empty
 * @param shutdownGrace how long shutdown waits for running jobs before it stops them and gives them back
 * @param id the worker's name in {@code lease_owner}; empty for host name and process id
 */
@ConfigurationProperties("ddf.worker")
public record WorkerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1") int concurrency,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10s") Duration shutdownGrace,
        @DefaultValue("") String id) {

    /** Checks the values. */
    public WorkerProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException("ddf.worker.concurrency must be at least 1, was " + concurrency);
        }
        if (lease.toMillis() < 30) {
            throw new IllegalArgumentException("ddf.worker.lease must be at least 30ms, was " + lease);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("ddf.worker.poll-interval must be positive, was " + pollInterval);
        }
    }
}
