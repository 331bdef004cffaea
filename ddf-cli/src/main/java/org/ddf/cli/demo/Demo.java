package org.ddf.cli.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ddf.cli.Args;
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

        EarlierRuns earlier = new EarlierRuns(training, out);
        JsonNode dataset = earlier.dataset(csv, "demo-seed-" + spec.seed());
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
        JsonNode submitted = earlier.submitTraining(job,
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
