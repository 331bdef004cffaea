package org.ddf.inference.ddf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ddf.api.flow.CounterTable;
import org.ddf.api.flow.LabelRequest;
import org.ddf.core.flow.WindowSpec;

/**
 * Label requests that a served model accepts, for warming the service up: raw counters of the model's links on a
 * grid of 12 samples per window, starting at the model's day start, with seeded random values.
 */
final class WarmUpRequests {

    private static final int SAMPLES_PER_WINDOW = 12;
    /** A January date, away from the usual clock changes, so that the windows of its local day are whole. */
    private static final LocalDate DATE = LocalDate.of(2024, 1, 10);

    private WarmUpRequests() {
    }

    /**
     * A request of {@code windows} consecutive complete windows for a model.
     *
     * @param links the model's links, in its order
     * @param spec how the model cuts windows
     * @param windows how many windows, ≥ 1
     * @param seed seed of the counter values
     */
    static LabelRequest of(List<String> links, WindowSpec spec, int windows, long seed) {
        if (windows < 1) {
            throw new IllegalArgumentException("windows must be ≥ 1, got " + windows);
        }
        Duration step = spec.length().dividedBy(SAMPLES_PER_WINDOW);
        Instant start = DATE.atTime(spec.dayStart()).atZone(spec.zone()).toInstant();
        Random random = new Random(seed);
        int rows = windows * SAMPLES_PER_WINDOW;
        List<Instant> timestamps = new ArrayList<>(rows);
        List<List<Double>> values = new ArrayList<>(rows);
        for (int t = 0; t < rows; t++) {
            timestamps.add(start.plus(step.multipliedBy(t)));
            List<Double> row = new ArrayList<>(links.size());
            for (int l = 0; l < links.size(); l++) {
                row.add(Math.exp(18 + random.nextGaussian())); // bytes per sample, lognormal as traffic is
            }
            values.add(row);
        }
        return new LabelRequest(new CounterTable(links, timestamps, values), null);
    }
}
