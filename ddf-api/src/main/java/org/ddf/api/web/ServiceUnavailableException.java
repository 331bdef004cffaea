package org.ddf.api.web;

/** The service cannot answer now (no active model, too many requests waiting): 503 with a Retry-After. */
public class ServiceUnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    /**
     * Creates the exception.
     *
     * @param message what is missing, for the client
     * @param retryAfterSeconds when to try again
     */
    public ServiceUnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds the client should wait before retrying. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
