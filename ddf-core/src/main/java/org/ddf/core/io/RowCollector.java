package org.ddf.core.io;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.SampleInterval;

/**
 * Gathers time-stamped rows as a reader streams them, rejects unsorted or repeated times, and lays them on their
 * regular grid: the interval is the most common step, rows off the grid are errors, missing steps become NaN rows.
 */
final class RowCollector {

    /** Guards against a stray far-away timestamp turning into gigabytes of NaN rows. */
    static final long MAX_GRID_CELLS = 50_000_000L;

    private final IntFunction<String> locator;
    private final List<Instant> times = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private int[] sources = new int[64];

    /**
     * @param locator names a row in the input from the source index given to {@link #add}, e.g. {@code "row 17"}
     */
    RowCollector(IntFunction<String> locator) {
        this.locator = locator;
    }

    /** Appends a row; its time must be later than the previous row's. */
    void add(Instant time, double[] row, int source) {
        if (!times.isEmpty()) {
            Instant last = times.get(times.size() - 1);
            if (time.equals(last)) {
                throw new InvalidDataException(locator.apply(source), "duplicate timestamp " + time);
            }
            if (time.isBefore(last)) {
                throw new InvalidDataException(locator.apply(source),
                        "timestamp " + time + " comes after " + last + "; rows must be sorted by time");
            }
        }
        if (times.size() == sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[times.size()] = source;
        times.add(time);
        rows.add(row);
    }

    /**
     * The rows on their regular grid.
     *
     * @param links the column names
     * @param emptyLocation where to point when there are no rows at all
     */
    LinkCounters toCounters(List<String> links, String emptyLocation) {
        if (times.isEmpty()) {
            throw new InvalidDataException(emptyLocation, "no data rows");
        }
        Instant[] stamps = times.toArray(Instant[]::new);
        if (stamps.length == 1) {
            return new LinkCounters(links, stamps, rows.toArray(double[][]::new));
        }
        Duration step = SampleInterval.of(stamps);
        long[] slots = gridSlots(stamps, step, links.size());
        int size = (int) slots[slots.length - 1] + 1;
        Instant[] gridTimes = new Instant[size];
        double[][] gridRows = new double[size][];
        for (int k = 0; k < size; k++) {
            gridTimes[k] = stamps[0].plus(step.multipliedBy(k));
        }
        for (int i = 0; i < stamps.length; i++) {
            gridRows[(int) slots[i]] = rows.get(i);
        }
        for (int k = 0; k < size; k++) {
            if (gridRows[k] == null) {
                gridRows[k] = nanRow(links.size());
            }
        }
        return new LinkCounters(links, gridTimes, gridRows);
    }

    private long[] gridSlots(Instant[] stamps, Duration step, int width) {
        long[] slots = new long[stamps.length];
        for (int i = 1; i < stamps.length; i++) {
            Duration offset = Duration.between(stamps[0], stamps[i]);
            long k = offset.dividedBy(step);
            if (!step.multipliedBy(k).equals(offset)) {
                throw new InvalidDataException(locator.apply(sources[i]), "timestamp " + stamps[i]
                        + " is off the " + step + " grid that starts at " + stamps[0]);
            }
            if ((k + 1) * Math.max(1, width) > MAX_GRID_CELLS) {
                throw new InvalidDataException(locator.apply(sources[i]), "timestamp " + stamps[i] + " lies " + k
                        + " steps of " + step + " after the first; the filled grid would exceed " + MAX_GRID_CELLS + " cells");
            }
            slots[i] = k;
        }
        return slots;
    }

    private static double[] nanRow(int width) {
        double[] row = new double[width];
        Arrays.fill(row, Double.NaN);
        return row;
    }
}
