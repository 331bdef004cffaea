package org.ddf.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddf.cli.Args;
import org.ddf.cli.demo.JobFollower;
import org.ddf.cli.http.JsonHttp;
import org.ddf.cli.http.LabelRequests;
import org.ddf.cli.http.ServedModel;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.pipeline.LabelStageBenchmark;
import org.ddf.core.flow.vae.VaeBenchmark;
import org.ddf.core.io.LinkCountersWriter;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.SimulationSpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DDF benchmark: the VAE in process and the PyTorch reference right after it on the same machine, in alternating
 * rounds, with the ratios; the labelling stages in process; and (when the services are given) the REST label
 * throughput for batches of 64 raw-counter windows and the latency of single windows. It trains and activates a small model of its own, so point it at a bench instance.
 */
public final class DdfBench {

    private final Args args;
    private final PrintStream out = System.out;

    /**
     * A bench with options: --parts vae,stages,rest (all by default), --rounds N (VAE and reference in
     * alternation, 9), --reference DIR, --training URL, --inference URL, --clients N, --seconds N.
     */
    public DdfBench(Args args) {
        this.args = args;
    }

    /** Runs it; returns the exit status. */
    public int run() throws Exception {
        List<String> parts = List.of(args.get("parts", "vae,stages,rest").split(","));
        if (args.values().containsKey("inference")) {
            // a ddf-inference that starts with an active model warms itself up for about half a minute on both
            // cores: the in-process timings wait for that, its first round ran beside it before
            ServedModel.awaitReady(new JsonHttp(args.get("inference", "")), Duration.ofMinutes(2));
        }
        Optional<Double> endToEnd = parts.contains("vae") ? vae() : Optional.empty();
        if (parts.contains("stages")) {
            out.println("Labelling stages in process (median ms; the REST path adds JSON, HTTP and the model thread)");
            for (LabelStageBenchmark.Stage s : LabelStageBenchmark.run()) {
                out.printf("  %-58s 1 window %7.3f   64 windows %8.3f%n", s.stage(), s.millisOneWindow(),
                        s.millis64Windows());
            }
        }
        if (parts.contains("rest") && args.values().containsKey("inference")) {
            rest(new JsonHttp(args.get("training", "http://localhost:8081")), new JsonHttp(args.get("inference", "")),
                    endToEnd);
        }
        return 0;
    }

    /**
     * The VAE in process and the reference right after it, {@code --rounds} times in alternation (the reference's
     * own timings drift by up to a third between runs on this VM), each round's ratios and their medians; returns
     * the median of the rounds' reference end-to-end rates at batch 64 when it ran.
     */
    private Optional<Double> vae() throws Exception {
        int rounds = args.getInt("rounds", 9);
        Path reference = Path.of(args.get("reference", "../shared/bench/ref"));
        List<double[]> ratios = new ArrayList<>();
        List<double[]> endToEnd = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            out.printf("Round %d of %d. DDF VAE in process (DJL, C=104)%n", round, rounds);
            VaeBenchmark.Result java = VaeBenchmark.run();
            out.printf("  train step b32 %.1f ms (%.0f windows/s); encoder b1 %.0f windows/s, b64 %.0f windows/s%n",
                    java.stepMillis(), 32_000 / java.stepMillis(), java.windowsPerSecondBatch1(),
                    java.windowsPerSecondBatch64());
            Optional<Map<String, Double>> ref = ReferenceRun.run(reference, "vae");
            if (ref.isEmpty()) {
                out.println("PyTorch reference not run: needs python3-torch (see ../shared/bench/ref/README.md)");
                return Optional.empty();
            }
            Map<String, Double> r = ref.get();
            out.printf("  PyTorch reference right after: train step b32 %.1f ms; encoder b1 %.0f windows/s, b64 %.0f "
                            + "windows/s; end-to-end label b1 %.0f windows/s (%.2f ms), b64 %.0f windows/s%n",
                    r.get("ddf.vae.train_b32_step"), r.get("ddf.vae.encoder_b1"), r.get("ddf.vae.encoder_b64"),
                    r.get("ddf.label.e2e_b1"), r.get("ddf.label.e2e_b1_latency"), r.get("ddf.label.e2e_b64"));
            double[] ratio = {r.get("ddf.vae.train_b32_step") / java.stepMillis(),
                    java.windowsPerSecondBatch64() / r.get("ddf.vae.encoder_b64"),
                    java.windowsPerSecondBatch1() / r.get("ddf.vae.encoder_b1")};
            ratios.add(ratio);
            endToEnd.add(new double[] {r.get("ddf.label.e2e_b64")});
            out.printf("  ratios DJL / reference: training b32 %.2f, encoder b64 %.2f, encoder b1 %.2f%n",
                    ratio[0], ratio[1], ratio[2]);
        }
        out.printf("Median ratios over %d rounds (higher is better; targets from issue 5):%n", rounds);
        out.printf("  training windows/s b32: %.2f (target >= 1.2)%n", medianOf(ratios, 0));
        out.printf("  encoder b64:            %.2f (target >= 1.0)%n", medianOf(ratios, 1));
        out.printf("  encoder b1:             %.2f (target >= 0.8)%n", medianOf(ratios, 2));
        double median = medianOf(endToEnd, 0);
        out.printf("Reference end to end b64, median of the rounds: %.0f windows/s (half: %.0f)%n", median, median / 2);
        return Optional.of(median);
    }

    private static double medianOf(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /**
     * REST load for the three ways of scoring: the platform default (latent and linear residual: the encoder and a
     * projection), latent and reconstruction error (the whole VAE runs) and latent only (the encoder alone, what the
     * reference's end-to-end figure times).
     */
    private void rest(JsonHttp training, JsonHttp inference, Optional<Double> referenceEndToEnd) throws Exception {
        SimulationSpec spec = new SimulationSpec(7, SimulationSpec.genericLinks(104), LocalDate.of(2021, 1, 4), 120,
                Duration.ofHours(1), 4, LocalDate.of(2021, 4, 1), 2);
        LinkCounters counters = new LinkCounterSimulator(spec).run().counters();
        Path csv = Files.createTempFile("ddf-bench", ".csv");
        try (var os = Files.newOutputStream(csv)) {
            LinkCountersWriter.writeWideCsv(counters, os);
        }
        long dataset = training.postFile("/api/v1/datasets?kind=link-counters&format=csv-wide&name=bench", csv, "text/csv")
                .path("id").asLong();
        Files.delete(csv);
        int first = Arrays.binarySearch(counters.timestamps(), spec.start().atStartOfDay().toInstant(ZoneOffset.UTC)
                .plusSeconds(6 * 3600));
        byte[] batch = body(counters, first, 64 * 12);
        byte[] single = body(counters, first, 12);
        int clients = args.getInt("clients", 4);
        int seconds = args.getInt("seconds", 20);
        for (String scoring : List.of("latent-and-linear-residual", "latent-and-reconstruction", "latent")) {
            activate(training, inference, dataset, scoring);
            RestLoad.Result r = RestLoad.run(inference, batch, 64, single, clients, seconds, 1000);
            out.printf("REST label, scoreFeatures=%s, %d clients x batches of 64 raw-counter windows for %d s: "
                    + "%.0f windows/s%s (target >= 3000)%n", scoring, clients, seconds, r.windowsPerSecond(),
                    referenceEndToEnd.map(e -> String.format(", %.2f x the reference's in-process end to end (median of the rounds)", r.windowsPerSecond() / e))
                            .orElse(""));
            out.printf("REST label, scoreFeatures=%s, single window (12 x 104 counters), sequential: p50 %.2f ms, "
                    + "p99 %.2f ms (target p99 <= 15)%n", scoring, r.p50Millis(), r.p99Millis());
        }
    }

    /** Trains a small bench model (2 epochs) scoring with {@code scoreFeatures}, activates it and waits until served and ready. */
    private void activate(JsonHttp training, JsonHttp inference, long dataset, String scoreFeatures) throws Exception {
        ObjectNode params = JsonHttp.json().createObjectNode();
        params.put("datasetId", dataset);
        params.put("epochs", 2);
        params.put("k", 3);
        params.put("scoreFeatures", scoreFeatures);
        params.put("activate", "always");
        ObjectNode job = JsonHttp.json().createObjectNode();
        job.put("kind", "train-ddf");
        job.set("params", params);
        out.println("REST: training a small bench model (2 epochs, scoreFeatures=" + scoreFeatures + ") and activating it");
        var done = new JobFollower(training, out).await(training.post("/api/v1/jobs", job, Map.of()).path("id").asLong());
        ServedModel.await(inference, done.path("result").path("modelId").asLong(), Duration.ofSeconds(30));
        ServedModel.awaitReady(inference, Duration.ofMinutes(2)); // not while it warms itself up
    }

    private static byte[] body(LinkCounters counters, int from, int rows) {
        return JsonHttp.json().writeValueAsBytes(LabelRequests.counters(counters, from, rows));
    }
}
