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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ddf.cli.Args;
import org.ddf.cli.http.ApiException;
import org.ddf.cli.http.JsonHttp;
import org.ddf.cli.http.LabelRequests;
import org.ddf.cli.http.ServedModel;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.io.LinkCountersWriter;
import org.ddf.core.io.LinkNames;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.Simulation;
import org.ddf.core.sim.SimulationSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulates three years of hourly counters (a change of regime in the third, planted anomalies), uploads them,
 * trains DDF on the first two years, activates the model, labels the third year through ddf-inference, and prints
 * what was found next to what was planted.
 */
public final class Demo {

    /**
     * The server's default limit: new patterns are found within one request, so the more of the year a request
     * holds, the better a changed regime is told from an event (a small last request of 64 left its regime's
     * weekends as flags).
     */
    private static final int WINDOWS_PER_REQUEST = 256;

    /** Most earlier demo jobs with other parameters that a run steps over before it gives up. */
    private static final int MAX_SUPERSEDED = 20;

    private final Args args;
    private final PrintStream out = System.out;

    /** A demo with options: --training, --inference, --out, --epochs, --seed, --links. */
    public Demo(Args args) {
        this.args = args;
    }

    /** Runs the demo; returns the exit status. */
    public int run() throws IOException, InterruptedException {
        JsonHttp training = new JsonHttp(args.get("training", "http://localhost:8081"));
        JsonHttp inference = new JsonHttp(args.get("inference", "http://localhost:8082"));
        Path dir = Path.of(args.get("out", System.getProperty("user.home") + "/.ddf/demo"));
        Files.createDirectories(dir.resolve("figures"));

        SimulationSpec spec = SimulationSpec.defaults().withSeed(Long.parseLong(args.get("seed", "42")));
        if (args.values().containsKey("links")) {
            spec = spec.withLinks(LinkNames.read(Files.newInputStream(Path.of(args.get("links", "")))));
        }
        out.printf("1/5 simulating %d days of hourly counters of %d links from %s (regime change %s, %d anomalies)%n",
                spec.days(), spec.links().size(), spec.start(), spec.regimeChange(), spec.anomalies());
        Simulation sim = new LinkCounterSimulator(spec).run();
        Path csv = dir.resolve("counters.csv");
        try (OutputStream os = Files.newOutputStream(csv)) {
            LinkCountersWriter.writeWideCsv(sim.counters(), os);
        }

        JsonNode dataset = storedDataset(training, csv, spec.seed());
        long datasetId = dataset.path("id").asLong();

        Instant start = spec.start().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant split = spec.start().plusYears(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        int epochs = args.getInt("epochs", 50);
        ObjectNode params = JsonHttp.json().createObjectNode();
        params.put("datasetId", datasetId);
        params.put("trainFrom", start.toString());
        params.put("trainTo", split.toString());
        params.put("epochs", epochs);
        params.put("seed", spec.seed());
        params.put("activate", "always");
        ObjectNode job = JsonHttp.json().createObjectNode();
        job.put("kind", "train-ddf");
        job.set("params", params);
        out.printf("3/5 training DDF on %s .. %s (%d epochs)%n", start, split, epochs);
        JsonNode submitted = submitTraining(training, job,
                "demo-" + dataset.path("checksum").asString().substring(0, 16) + "-" + epochs);
        JsonNode done = new JobFollower(training, out).await(submitted.path("id").asLong());
        if (!done.path("status").asString().equals("SUCCEEDED")) {
            out.println("training did not succeed: " + done.path("error").asString());
            return 1;
        }
        long modelId = done.path("result").path("modelId").asLong();
        training.post("/api/v1/models/" + modelId + "/activate", null, Map.of());
        ServedModel.await(inference, modelId, Duration.ofSeconds(30));

        out.println("4/5 labelling the third year through ddf-inference");
        List<JsonNode> labels = labelThirdYear(inference, sim.counters(), split);

        out.println("5/5 results");
        new DemoReport(out).print(labels, sim.truth(), spec.regimeChange(), done.path("result"));
        long jobId = done.path("id").asLong();
        for (JsonNode r : training.get("/api/v1/jobs/" + jobId + "/results")) {
            Path file = dir.resolve("figures").resolve(r.path("name").asString());
            training.download("/api/v1/jobs/" + jobId + "/results/" + r.path("name").asString(), file);
            out.println("  figure: " + file);
        }
        return 0;
    }

    /**
     * The data set holding these bytes: the one an earlier run stored (found by checksum), so that the training
     * request, and with it the trained model, can be reused; otherwise the file, uploaded.
     */
    private JsonNode storedDataset(JsonHttp training, Path csv, long seed) throws IOException {
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
        return training.postFile("/api/v1/datasets?kind=link-counters&format=csv-wide&name=demo-seed-" + seed, csv,
                "text/csv");
    }

    /**
     * Submits the training job under the demo's idempotency key, so that a second run reuses the first one's model.
     * A job under that key whose stored parameters differ (an earlier demo that uploaded its own copy of the data, or
     * ran on a platform with other defaults) gets a 409; the demo then trains again under a key that names the job it
     * supersedes, and so on along that chain.
     */
    private JsonNode submitTraining(JsonHttp training, ObjectNode job, String key) {
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

    private List<JsonNode> labelThirdYear(JsonHttp inference, LinkCounters counters, Instant from) {
        Instant[] times = counters.timestamps();
        // slices start at a window start (06:00 UTC) and hold whole windows, so no window is cut in two
        int first = Arrays.binarySearch(times, from.plusSeconds(6 * 3600));
        int rowsPerRequest = WINDOWS_PER_REQUEST * 12;
        List<JsonNode> labels = new ArrayList<>();
        for (int r = first; r + 12 <= times.length; r += rowsPerRequest) {
            int rows = Math.min(times.length, r + rowsPerRequest) - r;
            inference.post("/api/v1/ddf/labels", LabelRequests.counters(counters, r, rows), Map.of())
                    .path("windows").forEach(labels::add);
        }
        return labels;
    }
}
