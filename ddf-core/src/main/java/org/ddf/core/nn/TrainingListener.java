package org.ddf.core.nn;

/**
 * Receives progress from a training loop and may ask it to stop. The platform's job runner implements it to
 * write epochs into the job's status and events; a plain caller can log.
 */
public interface TrainingListener {

    /** A listener that ignores progress and never stops. */
    TrainingListener NONE = new TrainingListener() { };

    /** Called after every epoch. */
    default void onEpoch(EpochReport report) {
    }

    /** Called between steps; when it returns true the loop throws {@link TrainingCancelledException}. */
    default boolean stopRequested() {
        return false;
    }
}
