package org.ddf.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ddf.cli.http.ApiException;
import org.ddf.cli.http.JsonHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What earlier demo runs left in the store, found again so that a later run reuses it: the data set with the same
 * bytes, and the training job of the same request (by its idempotency key), whose model is then not trained again.
 */
final class EarlierRuns {

    /** Most earlier demo jobs with other parameters that a run steps over before it gives up. */
    static final int MAX_SUPERSEDED = 20;

    private final JsonHttp training;
    private final PrintStream out;

    EarlierRuns(JsonHttp training, PrintStream out) {
        this.training = training;
        this.out = out;
    }

    /**
     * The data set holding these bytes: the one an earlier run stored (found by checksum), so that the training
     * request, and with it the trained model, can be reused; otherwise the file, uploaded.
     */
    JsonNode dataset(Path csv, String name) throws IOException {
        String checksum;
        try (InputStream in = Files.newInputStream(csv)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
            checksum = HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        JsonNode stored = training.get("/api/v1/datasets?kind=link-counters&size=1&checksum=" + checksum)
                .path("items").path(0);
        if (!stored.isMissingNode()) {
            out.println("2/5 using data set " + stored.path("id").asLong() + ", stored by an earlier run (same bytes as "
                    + csv + ")");
            return stored;
        }
        out.println("2/5 uploading " + csv + " (" + Files.size(csv) / 1024 / 1024 + " MB)");
        return training.postFile("/api/v1/datasets?kind=link-counters&format=csv-wide&name=" + name, csv, "text/csv");
    }

    /**
     * Submits the training job under the demo's idempotency key, so that a second run reuses the first one's model.
     * A job under that key whose stored parameters differ (an earlier demo that uploaded its own copy of the data, or
     * ran on a platform with other defaults) gets a 409; the demo then trains again under a key that names the job it
     * supersedes, and so on along that chain.
     */
    JsonNode submitTraining(ObjectNode job, String key) {
        String k = key;
        List<Long> superseded = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                JsonNode submitted = training.post("/api/v1/jobs", job, Map.of("Idempotency-Key", k));
                if (!superseded.isEmpty()) {
                    out.println("    earlier demo jobs " + superseded + " had other parameters (another copy of the data"
                            + " or other platform defaults)");
                }
                if (submitted.path("status").asString().equals("SUCCEEDED")) {
                    out.println("    reusing the model of job " + submitted.path("id").asLong() + ", trained by an earlier run");
                }
                return submitted;
            } catch (ApiException e) {
                if (e.status() != 409 || attempt > MAX_SUPERSEDED) {
                    throw e;
                }
                long earlier = JsonHttp.json().readTree(e.body()).path("existingJobId").asLong();
                superseded.add(earlier);
                k = key + "-after-" + earlier;
            }
        }
    }
}
