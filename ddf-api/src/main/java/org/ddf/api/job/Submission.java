package org.ddf.api.job;

/**
 * The answer to {@link JobQueue#submit}.
 *
 * @param job the job, new or found by its idempotency key
 * @param created true when this call created it, false when the same request had been made before
 */
public record Submission(Job job, boolean created) {
}
