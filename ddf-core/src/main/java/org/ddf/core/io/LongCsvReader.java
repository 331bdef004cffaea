package org.ddf.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ddf.core.flow.LinkCounters;

/**
 * Reads long CSV: a three-column header (timestamp, link, value; names free) and one row per (timestamp, link).
 * Rows may come in any order (by time or by link); links keep the order of their first appearance; a (timestamp,
 * link) pair given twice is an error; a pair never given is NaN.
 */
public final class LongCsvReader implements LinkCountersReader {

    /** The values seen at one timestamp, and which links they were given for. */
    private static final class Slot {
        final int firstRow;
        double[] values = new double[0];
        final BitSet given = new BitSet();

        Slot(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    /** {@inheritDoc} */
    @Override
    public LinkCounters read(InputStream in) throws IOException {
        Map<String, Integer> links = new LinkedHashMap<>();
        Map<Instant, Slot> slots = new HashMap<>();
        try (CSVParser parser = CsvInput.open(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext() || records.next().size() != 3) {
                throw new InvalidDataException("row 1", "header must have three columns: timestamp, link, value");
            }
            while (records.hasNext()) {
                put(records.next(), links, slots);
            }
        }
        return toCounters(links, slots);
    }

    private static void put(CSVRecord record, Map<String, Integer> links, Map<Instant, Slot> slots) {
        String row = CsvInput.row(record);
        if (record.size() != 3) {
            throw new InvalidDataException(row, "expected 3 values (timestamp, link, value), found " + record.size());
        }
        Instant time;
        double value;
        try {
            time = Timestamps.parse(record.get(0));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(row + ", column 1", e.getMessage());
        }
        String link = record.get(1).strip();
        if (link.isEmpty()) {
            throw new InvalidDataException(row + ", column 2", "empty link name");
        }
        try {
            value = CellValues.parse(record.get(2));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(row + ", column 3", e.getMessage());
        }
        int index = links.computeIfAbsent(link, k -> links.size());
        Slot slot = slots.computeIfAbsent(time, t -> new Slot((int) record.getRecordNumber()));
        if (slot.given.get(index)) {
            throw new InvalidDataException(row, "second value for link " + link + " at " + time);
        }
        if (slot.values.length <= index) {
            int old = slot.values.length;
            slot.values = Arrays.copyOf(slot.values, Math.max(index + 1, old * 2));
            Arrays.fill(slot.values, old, slot.values.length, Double.NaN);
        }
        slot.values[index] = value;
        slot.given.set(index);
    }

    private static LinkCounters toCounters(Map<String, Integer> links, Map<Instant, Slot> slots) {
        int width = links.size();
        RowCollector rows = new RowCollector(n -> "row " + n);
        for (Map.Entry<Instant, Slot> e : new TreeMap<>(slots).entrySet()) {
            Slot slot = e.getValue();
            double[] row = Arrays.copyOf(slot.values, width);
            Arrays.fill(row, Math.min(slot.values.length, width), width, Double.NaN);
            rows.add(e.getKey(), row, slot.firstRow);
        }
        return rows.toCounters(new ArrayList<>(links.keySet()), "row 2");
    }
}
