package org.ddf.cli.http;

/** A call answered with an error status; the message carries the problem's detail. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String body;

    /** Creates the exception from a status and a response body. */
    public ApiException(int status, String body) {
        super("HTTP " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    /** The response body (a problem+json document from the platform's services). */
    public String body() {
        return body;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
