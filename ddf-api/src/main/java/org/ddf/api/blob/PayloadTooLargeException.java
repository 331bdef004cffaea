package org.ddf.api.blob;

/** An upload longer than the limit of its store; nothing of it was kept. The web advice answers 413. */
public class PayloadTooLargeException extends RuntimeException {

    private final long maxBytes;

    /**
     * Creates the exception.
     *
     * @param maxBytes the limit that was exceeded
     */
    public PayloadTooLargeException(long maxBytes) {
        super("payload exceeds the limit of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** Returns the limit that was exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
