package org.ddf.core.nn;

/** Thrown by a training loop that stopped because its {@link TrainingListener} asked it to. */
public class TrainingCancelledException extends RuntimeException {

    /** Creates the exception with the epoch at which training stopped. */
    public TrainingCancelledException(int epoch) {
        super("training cancelled at epoch " + epoch);
    }
}
