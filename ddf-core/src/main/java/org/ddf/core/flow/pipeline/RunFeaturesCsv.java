package org.ddf.core.flow.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ddf.core.sim.PlantedWindow;
import org.ddf.core.sim.RegimeClass;

/**
 * Writes and reads {@link RunFeatures} as one CSV file: a header comment with the seed and the held-out loss
 * curve, then one row per window ({@code split} = reference or evaluation, its start, planted truth and the five
 * score features, then the log linear residual in column {@value #LINEAR_RESIDUAL_COLUMN} when the run has it;
 * files without that column, written before it existed, read as runs without it).
 */
public final class RunFeaturesCsv {

    /** The column of the log linear residual. */
    static final String LINEAR_RESIDUAL_COLUMN = "logLinearResidual";

    private static final String REFERENCE = "reference";
    private static final String EVALUATION = "evaluation";
    private static final String SEED = "seed ";
    private static final String HELD_OUT = "heldOutLoss ";
    private static final String[] HEADER = {"split", "start", "class", "afterChange", "anomalous", "mu1", "mu2",
        "logvar1", "logvar2", "logReconstructionError"};
    private static final String[] HEADER_WITH_RESIDUAL = Stream.concat(Arrays.stream(HEADER),
            Stream.of(LINEAR_RESIDUAL_COLUMN)).toArray(String[]::new);
    private static final int FIRST_FEATURE = 5;

    private RunFeaturesCsv() {
    }

    /** Writes the run to {@code file}, replacing it. */
    public static void write(Path file, RunFeatures run) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(run.hasLinearResidual() ? HEADER_WITH_RESIDUAL : HEADER).setCommentMarker('#')
                .setHeaderComments(SEED + run.seed(), HELD_OUT + String.join(" ",
                        run.heldOutLoss().stream().map(String::valueOf).toList())).get();
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter printer = new CSVPrinter(out, format)) {
            print(printer, REFERENCE, run.reference(), run.referenceFeatures());
            print(printer, EVALUATION, run.evaluation(), run.evaluationFeatures());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void print(CSVPrinter printer, String split, List<PlantedWindow> windows, double[][] features)
            throws IOException {
        for (int i = 0; i < windows.size(); i++) {
            PlantedWindow w = windows.get(i);
            List<Object> row = new ArrayList<>(List.of(split, w.start(), w.regimeClass(), w.afterChange(),
                    w.anomalous()));
            Arrays.stream(features[i]).forEach(row::add);
            printer.printRecord(row);
        }
    }

    /**
     * Reads a run written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file and line when the content is not such a run
     */
    public static RunFeatures read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (Reader in = Files.newBufferedReader(file); CSVParser parser = CSVParser.builder().setReader(in)
                .setFormat(format).get()) {
            long seed = Long.MIN_VALUE;
            List<Double> heldOut = List.of();
            for (String line : String.valueOf(parser.getHeaderComment()).split("\n")) {
                if (line.startsWith(SEED)) {
                    seed = Long.parseLong(line.substring(SEED.length()).trim());
                } else if (line.startsWith(HELD_OUT)) {
                    heldOut = Arrays.stream(line.substring(HELD_OUT.length()).trim().split(" "))
                            .map(Double::valueOf).toList();
                }
            }
            if (seed == Long.MIN_VALUE || heldOut.isEmpty()) {
                throw new IllegalArgumentException("header comment lacks the seed or the held-out loss");
            }
            List<PlantedWindow> reference = new ArrayList<>();
            List<PlantedWindow> evaluation = new ArrayList<>();
            List<double[]> referenceFeatures = new ArrayList<>();
            List<double[]> evaluationFeatures = new ArrayList<>();
            String[] header = parser.getHeaderMap().containsKey(LINEAR_RESIDUAL_COLUMN) ? HEADER_WITH_RESIDUAL : HEADER;
            for (CSVRecord r : parser) {
                boolean isReference = switch (r.get("split")) {
                    case REFERENCE -> true;
                    case EVALUATION -> false;
                    default -> throw new IllegalArgumentException("record " + r.getRecordNumber()
                            + ": split must be reference or evaluation, was '" + r.get("split") + "'");
                };
                PlantedWindow w = new PlantedWindow(Instant.parse(r.get("start")), RegimeClass.valueOf(r.get("class")),
                        Boolean.parseBoolean(r.get("afterChange")), Boolean.parseBoolean(r.get("anomalous")));
                double[] f = new double[header.length - FIRST_FEATURE];
                for (int j = 0; j < f.length; j++) {
                    f[j] = Double.parseDouble(r.get(header[FIRST_FEATURE + j]));
                }
                (isReference ? reference : evaluation).add(w);
                (isReference ? referenceFeatures : evaluationFeatures).add(f);
            }
            return new RunFeatures(seed, heldOut, reference, referenceFeatures.toArray(double[][]::new), evaluation,
                    evaluationFeatures.toArray(double[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException(file + ": not a run-features file: " + e.getMessage(), e);
        }
    }
}
