package org.ddf.cli.http;

/** A call answered with an error status; the message carries the problem's detail. */
public class ApiException extends RuntimeException {

    private final int status;

    /** Creates the exception from a status and a response body. */
    public ApiException(int status, String body) {
        super("HTTP " + status + ": " + body);
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
