package org.ddf.core.flow.cluster;

/** Bad input to clustering or scoring: names the offending field or array position and what is wrong with it. */
public class InvalidClusteringInputException extends IllegalArgumentException {

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the offending field or position, e.g. {@code options.kMax} or {@code features[3][1]}
     * @param problem what is wrong, e.g. {@code "is NaN"}
     */
    public InvalidClusteringInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    /** The offending field or array position. */
    public String field() {
        return field;
    }
}
