package org.ddf.cli.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ddf.core.sim.PlantedWindow;
import org.ddf.core.sim.SimulationTruth;
import tools.jackson.databind.JsonNode;

/** Prints the demo's table: clusters, anomalies and new patterns next to what the simulator planted. */
final class DemoReport {

    private final PrintStream out;

    DemoReport(PrintStream out) {
        this.out = out;
    }

    void print(List<JsonNode> labels, SimulationTruth truth, LocalDate regimeChange, JsonNode training) {
        out.printf("  model: k=%d clusters, anomaly threshold %.3f, held-out loss %.5f (VAE of epoch %d)%n",
                training.path("k").asInt(), training.path("threshold").asDouble(),
                training.path("finalHeldOutLoss").asDouble(), training.path("keptEpoch").asInt());
        Map<Integer, int[]> byLabel = new TreeMap<>();
        Map<Integer, Double> distance = new TreeMap<>();
        int planted = 0;
        int found = 0;
        int flagged = 0;
        int after = 0;
        int afterNew = 0;
        for (JsonNode w : labels) {
            int label = w.path("label").asInt();
            int[] c = byLabel.computeIfAbsent(label, k -> new int[3]);
            c[0]++;
            c[1] += w.path("anomalous").asBoolean() ? 1 : 0;
            c[2] += w.path("newPattern").asBoolean() ? 1 : 0;
            distance.merge(label, w.path("distance").asDouble(), Double::sum);
            Optional<PlantedWindow> p = truth.at(Instant.parse(w.path("start").asString()));
            // a flag is an anomaly that is not part of a new pattern (the new regime is reported as such)
            boolean flag = w.path("anomalous").asBoolean() && !w.path("newPattern").asBoolean();
            flagged += flag ? 1 : 0;
            if (p.isPresent() && p.get().anomalous()) {
                planted++;
                found += flag ? 1 : 0;
            }
            if (p.isPresent() && p.get().afterChange()) {
                after++;
                afterNew += w.path("newPattern").asBoolean() ? 1 : 0;
            }
        }
        out.println();
        out.println("  cluster  windows  mean distance  anomalous  new pattern");
        byLabel.forEach((label, c) -> out.printf("  %7d  %7d  %13.3f  %9d  %11d%n", label, c[0], distance.get(label) / c[0],
                c[1], c[2]));
        out.println();
        out.printf("  %d windows labelled; %d flagged as anomalies outside new patterns%n", labels.size(), flagged);
        out.printf("  planted anomalies flagged: %d of %d (recall %.2f); planted among the flags: precision %.2f%n", found, planted,
                planted == 0 ? Double.NaN : (double) found / planted, flagged == 0 ? Double.NaN : (double) found / flagged);
        out.printf("  windows after the regime change of %s: %d, reported as a new pattern: %d (%.0f %%)%n", regimeChange,
                after, afterNew, after == 0 ? 0 : 100.0 * afterNew / after);
        out.println();
        out.println("  anomalous windows (start, kind, label, score, planted?):");
        for (JsonNode w : labels) {
            if (w.path("anomalous").asBoolean() && !w.path("newPattern").asBoolean()) {
                Instant start = Instant.parse(w.path("start").asString());
                boolean wasPlanted = truth.at(start).map(PlantedWindow::anomalous).orElse(false);
                out.printf("    %s  %-5s  %d  %6.2f  %s%n", start.atZone(ZoneOffset.UTC).toLocalDateTime(),
                        w.path("kind").asString(), w.path("label").asInt(), w.path("anomalyScore").asDouble(),
                        wasPlanted ? "planted" : "-");
            }
        }
    }
}
