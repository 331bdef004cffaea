package org.ddf.core.io;

/**
 * A data set that cannot be read as asked: names where the problem is (e.g. {@code "row 17"},
 * {@code "row 17, column SACR_SUNN"}, {@code "values[3][2]"}) and what it is.
 */
public class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param location where in the input the problem is
     * @param problem what is wrong there
     */
    public InvalidDataException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    /** Where in the input the problem is, e.g. {@code "row 17"} or {@code "column SACR_SUNN"}. */
    public String location() {
        return location;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
