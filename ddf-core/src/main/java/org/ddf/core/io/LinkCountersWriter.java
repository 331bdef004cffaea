package org.ddf.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ddf.core.flow.LinkCounters;

/**
 * Writes counters as wide CSV that {@link WideCsvReader} reads back: header {@code timestamp,<links>}, ISO-8601
 * UTC instants, whole numbers without a decimal point, NaN as an empty cell.
 */
public final class LinkCountersWriter {

    /** Whole numbers below this print as integers; larger ones keep Java's shortest exact form. */
    private static final double LARGEST_PLAIN_INTEGER = 1e15;

    private LinkCountersWriter() {
    }

    /**
     * Writes all rows and flushes; the stream stays open.
     *
     * @throws IOException when the stream fails
     */
    public static void writeWideCsv(LinkCounters counters, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.print("timestamp");
        for (String link : counters.links()) {
            printer.print(link);
        }
        printer.println();
        for (int t = 0; t < counters.rows(); t++) {
            printer.print(counters.timestamps()[t].toString());
            for (double v : counters.values()[t]) {
                printer.print(format(v));
            }
            printer.println();
        }
        printer.flush();
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_PLAIN_INTEGER) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
