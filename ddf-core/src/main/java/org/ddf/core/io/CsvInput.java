package org.ddf.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The CSV dialect both CSV readers share, and the header check they both need. */
final class CsvInput {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private CsvInput() {
    }

    /** A streaming parser over UTF-8 text; records are numbered from 1, the header being record 1. */
    static CSVParser open(InputStream in) throws IOException {
        return FORMAT.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    /** Row name used in error locations: the record number, which is the line number for one-line records. */
    static String row(CSVRecord record) {
        return "row " + record.getRecordNumber();
    }

    /** A header cell without the byte-order mark that spreadsheet exports put in front of the first one. */
    static String headerCell(CSVRecord header, int index) {
        String cell = header.get(index).strip();
        return index == 0 && cell.startsWith("\uFEFF") ? cell.substring(1).strip() : cell;
    }
}
