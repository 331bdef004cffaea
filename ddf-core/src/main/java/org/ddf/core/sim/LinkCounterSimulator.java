package org.ddf.core.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.io.LinkNames;

/**
 * Simulates link counters whose 12-hour windows (06:00 / 18:00 UTC) have known correlation structure. Each link
 * has its own volume, growing 20 % a year; its traffic level follows the window class (weekday daytime highest,
 * night lowest); within a window it swings along the shape its group follows in that class
 * ({@link ClassPatterns}), plus a slowly varying factor shared by its group and independent noise. From the
 * regime-change date the weekday pattern changes and half of the links change group. Planted anomalies are
 * {@link AnomalyEvent}s. Everything is drawn from one {@link Random} seeded by the spec, in a fixed order.
 */
public final class LinkCounterSimulator {

    private static final double NOISE = 0.03;
    private static final double GROUP_NOISE = 0.02;
    private static final double GROUP_PERSISTENCE = 0.7;
    private static final double GROWTH_PER_YEAR = 0.2;
    private static final double FLOOR = 0.02;
    private static final Duration HALF_DAY = Duration.ofHours(12);

    private final SimulationSpec spec;

    /** Creates a simulator for the given spec. */
    public LinkCounterSimulator(SimulationSpec spec) {
        this.spec = spec;
    }

    /** Runs the simulation: the same spec always gives the same counters and truth. */
    public Simulation run() {
        Random rng = new Random(spec.seed());
        LinkLayout layout = LinkLayout.random(spec, rng);
        int steps = spec.stepsPerWindow();
        int fullWindows = 2 * spec.days() - 1;
        Set<Integer> anomalous = pick(fullWindows, spec.anomalies(), rng);
        int total = spec.days() * 2 * steps;
        Instant origin = spec.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant change = spec.regimeChange().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant[] times = new Instant[total];
        double[][] values = new double[total][];
        double[] groupFactor = new double[spec.groups()];
        List<PlantedWindow> truth = new ArrayList<>(fullWindows);
        // Window k starts at 06:00 + k·12 h of the first day; windows -1 and fullWindows are cut by the edges.
        for (int k = -1; k <= fullWindows; k++) {
            Instant start = origin.plus(Duration.ofHours(6)).plus(HALF_DAY.multipliedBy(k));
            WindowPlan plan = WindowPlan.draw(start, change, anomalous.contains(k), spec, rng);
            if (k >= 0 && k < fullWindows) {
                truth.add(plan.planted());
            }
            for (int i = 0; i < steps; i++) {
                int s = k * steps + steps / 2 + i;
                if (s >= 0 && s < total) {
                    times[s] = origin.plus(spec.interval().multipliedBy(s));
                    advance(groupFactor, rng);
                    values[s] = step(plan, layout, groupFactor, i, growth(origin, times[s]), rng);
                }
            }
        }
        return new Simulation(new LinkCounters(spec.links(), times, values), new SimulationTruth(truth));
    }

    /** One row of counters: step i of the window planned by {@code plan}. */
    private double[] step(WindowPlan plan, LinkLayout layout, double[] groupFactor, int i, double growth, Random rng) {
        boolean after = plan.planted().afterChange();
        double u = (i + 0.5) / spec.stepsPerWindow();
        double[] row = new double[spec.links().size()];
        for (int l = 0; l < row.length; l++) {
            int g = layout.group(l, after);
            double relative = 1 + plan.swing(g, layout.loading()[l], u) + groupFactor[g] + NOISE * rng.nextGaussian();
            row[l] = Math.rint(layout.base()[l] * growth * plan.level() * Math.max(FLOOR, relative) * plan.eventFactor(l, i));
        }
        return row;
    }

    /** Moves each group's shared factor one step of its AR(1) process. */
    private static void advance(double[] groupFactor, Random rng) {
        double innovation = GROUP_NOISE * Math.sqrt(1 - GROUP_PERSISTENCE * GROUP_PERSISTENCE);
        for (int g = 0; g < groupFactor.length; g++) {
            groupFactor[g] = GROUP_PERSISTENCE * groupFactor[g] + innovation * rng.nextGaussian();
        }
    }

    private static double growth(Instant origin, Instant t) {
        return 1 + GROWTH_PER_YEAR * Duration.between(origin, t).toHours() / (24 * 365.25);
    }

    private static Set<Integer> pick(int windows, int count, Random rng) {
        Set<Integer> picked = new HashSet<>();
        while (picked.size() < count) {
            picked.add(rng.nextInt(windows));
        }
        return picked;
    }

    /**
     * Writes a sample: {@code <name>.csv} (wide CSV) and {@code <name>-truth.csv} next to it.
     * Arguments: {@code <out.csv> [links-file] [days] [seed]}; the rest as {@link SimulationSpec#defaults()}.
     *
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 4) {
            throw new IllegalArgumentException("usage: LinkCounterSimulator <out.csv> [links-file] [days] [seed]");
        }
        SimulationSpec spec = SimulationSpec.defaults();
        if (args.length > 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                spec = spec.withLinks(LinkNames.read(in));
            }
        }
        if (args.length > 2) {
            int days = Integer.parseInt(args[2]);
            spec = new SimulationSpec(spec.seed(), spec.links(), spec.start(), days, spec.interval(), spec.groups(),
                    spec.regimeChange(), Math.min(spec.anomalies(), 2 * days - 1));
        }
        if (args.length > 3) {
            spec = spec.withSeed(Long.parseLong(args[3]));
        }
        Path out = Path.of(args[0]);
        String name = out.getFileName().toString().replaceFirst("\\.csv$", "");
        SampleFiles.write(new LinkCounterSimulator(spec).run(), out, out.resolveSibling(name + "-truth.csv"));
    }
}
