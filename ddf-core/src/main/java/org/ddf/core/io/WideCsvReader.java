package org.ddf.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ddf.core.flow.LinkCounters;

/**
 * Reads wide CSV: a header whose first cell names the timestamp column and whose other cells name the links, then
 * one row per timestamp, sorted by time. Any number of links.
 */
public final class WideCsvReader implements LinkCountersReader {

    /** {@inheritDoc} */
    @Override
    public LinkCounters read(InputStream in) throws IOException {
        try (CSVParser parser = CsvInput.open(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidDataException("row 1", "missing header (a timestamp column, then one column per link)");
            }
            List<String> links = links(records.next());
            RowCollector rows = new RowCollector(n -> "row " + n);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int source = (int) record.getRecordNumber();
                rows.add(time(record), values(record, links), source);
            }
            return rows.toCounters(links, "row 2");
        }
    }

    private static List<String> links(CSVRecord header) {
        if (header.size() < 2) {
            throw new InvalidDataException("row 1", "header needs a timestamp column and at least one link column, found "
                    + header.size() + " column(s)");
        }
        List<String> links = new ArrayList<>(header.size() - 1);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < header.size(); i++) {
            String name = CsvInput.headerCell(header, i);
            if (name.isEmpty()) {
                throw new InvalidDataException("row 1, column " + (i + 1), "empty link name");
            }
            if (!seen.add(name)) {
                throw new InvalidDataException("column " + name, "link named twice in the header");
            }
            links.add(name);
        }
        return links;
    }

    private static Instant time(CSVRecord record) {
        try {
            return Timestamps.parse(record.get(0));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(CsvInput.row(record) + ", column 1", e.getMessage());
        }
    }

    private static double[] values(CSVRecord record, List<String> links) {
        if (record.size() != links.size() + 1) {
            throw new InvalidDataException(CsvInput.row(record), "expected " + (links.size() + 1)
                    + " values (timestamp and " + links.size() + " links), found " + record.size());
        }
        double[] row = new double[links.size()];
        for (int i = 0; i < row.length; i++) {
            try {
                row[i] = CellValues.parse(record.get(i + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(CsvInput.row(record) + ", column " + links.get(i), e.getMessage());
            }
        }
        return row;
    }
}
