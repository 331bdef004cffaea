package org.ddf.core.flow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts counters into windows by timestamp (not by row offsets), in time order. A row counts as present when at
 * least one of its values is not NaN (readers leave missing grid steps as all-NaN rows); a window is kept when its
 * present rows reach {@link WindowSpec#minPresentFraction()} of the grid steps it spans, and holds only those rows.
 * Cells still NaN inside kept rows are for {@link MissingValues#fill(List)}. Windows keep their real-time length
 * and each local date starts afresh at {@code dayStart}, so in a zone with daylight saving the last window of a
 * shift day overlaps the next day's first window by an hour, or leaves an hour out.
 */
public final class Windower {

    private final WindowSpec spec;

    /** Creates a windower for the given spec. */
    public Windower(WindowSpec spec) {
        this.spec = spec;
    }

    /**
     * Cuts the counters.
     *
     * @param counters counters on a regular grid with at least two rows
     * @return the kept windows, ordered by start
     * @throws IllegalArgumentException when the window length is not a whole number of data intervals
     */
    public List<TrafficWindow> cut(LinkCounters counters) {
        Instant[] times = counters.timestamps();
        Duration interval = SampleInterval.of(times);
        if (spec.length().toNanos() % interval.toNanos() != 0) {
            throw new IllegalArgumentException("window length " + spec.length() + " is not a multiple of the data interval " + interval);
        }
        long steps = spec.length().toNanos() / interval.toNanos();
        long needed = (long) Math.ceil(spec.minPresentFraction() * steps - 1e-9);
        List<TrafficWindow> windows = new ArrayList<>();
        LocalDate last = times[times.length - 1].atZone(spec.zone()).toLocalDate();
        for (LocalDate d = times[0].atZone(spec.zone()).toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            Instant dayStart = ZonedDateTime.of(d, spec.dayStart(), spec.zone()).toInstant();
            for (int k = 0; k < spec.perDay(); k++) {
                Instant start = dayStart.plus(spec.length().multipliedBy(k));
                double[][] rows = presentRows(counters, start, start.plus(spec.length()));
                if (rows.length > 0 && rows.length >= needed) {
                    windows.add(window(start, rows));
                }
            }
        }
        return windows;
    }

    private TrafficWindow window(Instant start, double[][] rows) {
        return new TrafficWindow(start, start.plus(spec.length()), spec.kindAt(start), spec.plotLabelAt(start), rows);
    }

    private static double[][] presentRows(LinkCounters counters, Instant start, Instant end) {
        Instant[] times = counters.timestamps();
        int from = Arrays.binarySearch(times, start);
        from = from >= 0 ? from : -from - 1;
        List<double[]> rows = new ArrayList<>();
        for (int t = from; t < times.length && times[t].isBefore(end); t++) {
            double[] row = counters.values()[t];
            if (hasValue(row)) {
                rows.add(row.clone());
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static boolean hasValue(double[] row) {
        for (double v : row) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
