package org.ddf.api.job;

/**
 * Thrown by {@link JobContext#checkCancelled()} when the job must stop: cancelled by a client, taken over by
 * another worker, or the service is shutting down. Handlers let it propagate; the worker records the right end.
 */
public class JobCancelledException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message why the job stops
     */
    public JobCancelledException(String message) {
        super(message);
    }
}
