package org.ddf.api.web;

/** A data set, job, model or result that does not exist; the web advice answers 404. */
public class NotFoundException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param what the kind of thing looked up, e.g. {@code "job"}
     * @param id its identifier
     */
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
