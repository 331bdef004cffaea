package org.ddf.cli.demo;

import java.io.PrintStream;
import org.ddf.cli.http.JsonHttp;
import tools.jackson.databind.JsonNode;

/** Polls a job until it ends, printing its progress (epoch, loss, ETA) whenever it changes. */
public final class JobFollower {

    private final JsonHttp training;
    private final PrintStream out;

    /** Follows jobs of the given training service, printing to {@code out}. */
    public JobFollower(JsonHttp training, PrintStream out) {
        this.training = training;
        this.out = out;
    }

    /**
     * Waits for the job to end.
     *
     * @return the job as it ended
     */
    public JsonNode await(long jobId) throws InterruptedException {
        String last = "";
        while (true) {
            JsonNode job = training.get("/api/v1/jobs/" + jobId);
            String status = job.path("status").asString();
            JsonNode p = job.path("progress");
            String line = status + (p.isObject() ? "  " + p.path("step").asLong() + "/" + p.path("total").asLong()
                    + (p.path("etaSeconds").isNumber() ? "  ETA " + p.path("etaSeconds").asLong() + " s" : "")
                    + "  " + p.path("message").asString() : "");
            if (!line.equals(last)) {
                out.println("  job " + jobId + ": " + line);
                last = line;
            }
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            Thread.sleep(1000);
        }
    }
}
