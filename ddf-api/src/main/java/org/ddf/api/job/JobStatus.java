package org.ddf.api.job;

/** Where a job is in its life; the database stores the name. */
public enum JobStatus {
    /** Waiting for a worker. */
    QUEUED,
    /** Claimed by a worker that holds its lease. */
    RUNNING,
    /** Finished with a result. */
    SUCCEEDED,
    /** Finished with an error, or its lease ran out too often. */
    FAILED,
    /** Stopped on request. */
    CANCELLED;

    /** Returns whether the job has ended and will not change again. */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
