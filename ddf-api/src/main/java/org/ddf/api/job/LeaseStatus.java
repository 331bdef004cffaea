package org.ddf.api.job;

/** What a heartbeat learned about a running job. */
public enum LeaseStatus {
    /** The lease was renewed; carry on. */
    HELD,
    /** The lease was renewed but a cancellation was asked: stop at the next step. */
    CANCEL_REQUESTED,
    /** Another worker took the job over (or it ended): stop and write nothing. */
    LOST
}
