package org.ddf.api.job;

/** An idempotency key used again with a different kind or different parameters; the web advice answers 409. */
public class IdempotencyConflictException extends RuntimeException {

    private final long existingJobId;

    /**
     * Creates the exception.
     *
     * @param key the reused key
     * @param existingJobId the job first submitted with it
     */
    public IdempotencyConflictException(String key, long existingJobId) {
        super("idempotency key '" + key + "' was used for job " + existingJobId + " with a different request");
        this.existingJobId = existingJobId;
    }

    /** Returns the job first submitted with the key. */
    public long existingJobId() {
        return existingJobId;
    }
}
