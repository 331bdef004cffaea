package org.ddf.api.web;

/**
 * Bad input that names the offending field: a request value, a query parameter, a header or a field of a data
 * set. Services map their own and ddf-core's input errors to it; the web advice turns it into a 400 problem with
 * the field in {@code field}.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the field, parameter or location that is wrong, as the client wrote it
     * @param message what is wrong with it
     */
    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /**
     * Creates the exception for input that a library rejected.
     *
     * @param field the field, parameter or location that is wrong
     * @param message what is wrong with it
     * @param cause the library's exception
     */
    public InvalidRequestException(String field, String message, Throwable cause) {
        super(field + ": " + message, cause);
        this.field = field;
    }

    /** Returns the field, parameter or location that is wrong. */
    public String field() {
        return field;
    }
}
