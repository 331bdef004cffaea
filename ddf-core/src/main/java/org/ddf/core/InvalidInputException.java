package org.ddf.core;

/**
 * Bad input to a computation of this library (clustering, scoring, plotting): names the offending field or array
 * position and what is wrong with it, so that a service can answer with a problem naming the field.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the offending field or position, e.g. {@code options.kMax} or {@code features[3][1]}
     * @param problem what is wrong, e.g. {@code "is NaN"}
     */
    public InvalidInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    /** The offending field or array position. */
    public String field() {
        return field;
    }
}
