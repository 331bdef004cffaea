package org.ddf.core.nn;

/** Thrown when the loss became NaN, infinite or exploded: the job fails with this reason and stores no model. */
public class TrainingDivergedException extends RuntimeException {

    /** Creates the exception with a description of what diverged and when. */
    public TrainingDivergedException(String reason) {
        super(reason);
    }
}
