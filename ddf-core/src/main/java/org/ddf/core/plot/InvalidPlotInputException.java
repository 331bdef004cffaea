package org.ddf.core.plot;

/** Data that cannot be plotted: names the offending field or position and the problem. */
public class InvalidPlotInputException extends IllegalArgumentException {

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the offending field or position, e.g. {@code labels[4]}
     * @param problem what is wrong with it
     */
    public InvalidPlotInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    /** The offending field or position. */
    public String field() {
        return field;
    }
}
