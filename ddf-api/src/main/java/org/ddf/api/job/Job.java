package org.ddf.api.job;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A job as stored.
 *
 * @param id identifier
 * @param kind what it does, e.g. {@code train-ddf}
 * @param status where it is in its life
 * @param params its parameters, as validated by the handler of its kind
 * @param idempotencyKey the client's key, null when none was given
 * @param attempts how many times a worker claimed it
 * @param maxAttempts how many claims with an expiring lease are allowed before it fails
 * @param leaseOwner the worker slot that holds (or last held) it, null before the first claim
 * @param leaseExpiresAt when the lease ends unless renewed, null unless running
 * @param cancelRequested whether a cancellation was asked while it ran
 * @param progress the last progress report, null before the first
 * @param error why it failed, null otherwise
 * @param result the summary its handler left, null unless succeeded
 * @param createdAt submission time
 * @param startedAt when the current (or last) attempt began
 * @param finishedAt when it ended
 * @param updatedAt last change
 */
public record Job(long id, String kind, JobStatus status, JsonNode params, String idempotencyKey, int attempts,
                  int maxAttempts, String leaseOwner, Instant leaseExpiresAt, boolean cancelRequested,
                  Progress progress, String error, JsonNode result, Instant createdAt, Instant startedAt,
                  Instant finishedAt, Instant updatedAt) {
}
