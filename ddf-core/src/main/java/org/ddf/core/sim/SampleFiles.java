package org.ddf.core.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ddf.core.io.LinkCountersWriter;

/** Writes a simulation to files: the counters as wide CSV, the truth as CSV with one row per full window. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /**
     * Writes both files.
     *
     * @param simulation what to write
     * @param countersCsv wide CSV of the counters
     * @param truthCsv {@code window_start,class,after_change,anomalous,class_index}
     * @throws IOException when a file cannot be written
     */
    public static void write(Simulation simulation, Path countersCsv, Path truthCsv) throws IOException {
        try (OutputStream out = Files.newOutputStream(countersCsv)) {
            LinkCountersWriter.writeWideCsv(simulation.counters(), out);
        }
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(truthCsv), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("window_start", "class", "after_change", "anomalous", "class_index");
            for (PlantedWindow w : simulation.truth().windows()) {
                printer.printRecord(w.start(), w.regimeClass(), w.afterChange(), w.anomalous(), w.classIndex());
            }
        }
    }
}
