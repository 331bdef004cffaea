package org.ddf.core.sim;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What {@link LinkCounterSimulator} simulates.
 *
 * @param seed random seed: the same spec gives the same data
 * @param links link names, one column each (default 104 generic names {@code L000..L103}; the ESnet names can
 *     be read with {@link org.ddf.core.io.LinkNames})
 * @param start first simulated date, from 00:00 UTC (default 2018-01-01, a Monday)
 * @param days number of days (default 1096: 2018 to 2020)
 * @param interval sample interval, dividing 6 hours (windows start at 06:00 and 18:00), at most 3 hours
 *     (default 1 hour)
 * @param groups number of link groups that move together, 2 to the number of links (default 4)
 * @param regimeChange first date of the changed regime (default 2020-03-16: fewer people in the office)
 * @param anomalies number of anomalous windows to plant (default 12)
 */
public record SimulationSpec(long seed, List<String> links, LocalDate start, int days, Duration interval, int groups,
                             LocalDate regimeChange, int anomalies) {

    private static final Duration HALF_DAY = Duration.ofHours(12);
    private static final Duration QUARTER_DAY = Duration.ofHours(6);
    private static final long MAX_CELLS = 200_000_000L;

    /** Checks the values. */
    public SimulationSpec {
        links = List.copyOf(links);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(regimeChange, "regimeChange");
        if (links.size() < 2 || new HashSet<>(links).size() != links.size()) {
            throw new IllegalArgumentException("need at least 2 distinct link names, got " + links.size());
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive, got " + days);
        }
        if (interval.isNegative() || interval.isZero() || QUARTER_DAY.toNanos() % interval.toNanos() != 0
                || HALF_DAY.dividedBy(interval) < 4) {
            throw new IllegalArgumentException("interval " + interval + " must divide 6 hours and be at most 3 hours");
        }
        if (groups < 2 || groups > links.size()) {
            throw new IllegalArgumentException("groups must be in [2, " + links.size() + "], got " + groups);
        }
        if (anomalies < 0 || anomalies > 2 * days - 1) {
            throw new IllegalArgumentException("anomalies must be in [0, " + (2 * days - 1) + "], got " + anomalies);
        }
        if ((double) days * Duration.ofDays(1).dividedBy(interval) * links.size() > MAX_CELLS) {
            throw new IllegalArgumentException("simulation too large: more than " + MAX_CELLS + " values");
        }
    }

    /** Three years of hourly counters on 104 generic links, 4 groups, regime change 2020-03-16, 12 anomalies. */
    public static SimulationSpec defaults() {
        return new SimulationSpec(42L, genericLinks(104), LocalDate.of(2018, 1, 1), 1096, Duration.ofHours(1), 4,
                LocalDate.of(2020, 3, 16), 12);
    }

    /** Names {@code L000, L001, ...}. */
    public static List<String> genericLinks(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("L%03d", i)).toList();
    }

    /** The same spec with other link names. */
    public SimulationSpec withLinks(List<String> names) {
        return new SimulationSpec(seed, names, start, days, interval, groups, regimeChange, anomalies);
    }

    /** The same spec with another seed. */
    public SimulationSpec withSeed(long newSeed) {
        return new SimulationSpec(newSeed, links, start, days, interval, groups, regimeChange, anomalies);
    }

    /** Samples per 12-hour window. */
    int stepsPerWindow() {
        return (int) HALF_DAY.dividedBy(interval);
    }
}
