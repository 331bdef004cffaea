package org.ddf.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Runs the PyTorch reference ({@code run_all.sh}) and reads its {@code name value unit} lines. */
final class ReferenceRun {

    private ReferenceRun() {
    }

    /**
     * Runs one reference benchmark.
     *
     * @param dir the reference folder holding run_all.sh
     * @param which e.g. {@code vae}
     * @return figures by name, or empty when the reference cannot run here (no torch)
     */
    static Optional<Map<String, Double>> run(Path dir, String which) throws IOException, InterruptedException {
        Path script = dir.resolve("run_all.sh");
        if (!Files.isRegularFile(script)) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder("bash", script.toString(), which).redirectErrorStream(true).start();
        Map<String, Double> figures = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && f[0].contains(".") && !f[0].startsWith("#")) {
                    try {
                        figures.put(f[0], Double.parseDouble(f[1]));
                    } catch (NumberFormatException e) {
                        // a self-check line, not a figure
                    }
                }
            }
        }
        return p.waitFor() == 0 || !figures.isEmpty() ? Optional.of(figures) : Optional.empty();
    }
}
