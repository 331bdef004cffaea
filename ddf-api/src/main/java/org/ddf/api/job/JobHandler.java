package org.ddf.api.job;

import tools.jackson.databind.JsonNode;

/**
 * Runs the jobs of one kind. Each handler is a Spring bean; the {@link JobWorker} of a service runs the kinds
 * whose handlers it has, so a feature adds a kind by adding a handler.
 */
public interface JobHandler {

    /** Returns the kind this handler runs, e.g. {@code train-ddf}. */
    String kind();

    /**
     * Checks the parameters at submission, before the job is stored. The default accepts them as they are.
     *
     * @param params the submitted parameters, a JSON object
     * @return the parameters to store, e.g. with defaults filled in so that the stored job is explicit
     * @throws org.ddf.api.web.InvalidRequestException naming the bad field
     */
    default JsonNode validate(JsonNode params) {
        return params;
    }

    /**
     * Runs one job. Report progress with {@link JobContext#progress}, call {@link JobContext#checkCancelled()}
     * between steps, leave a summary with {@link JobContext#setResult}. Write results idempotently: after a lost
     * lease the same job may run again elsewhere.
     *
     * @param context the job and the stores
     * @throws Exception any failure; the job becomes FAILED with its message
     */
    void run(JobContext context) throws Exception;
}
