package org.ddf.core.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The fixed traits of the simulated links: volume, how strongly each follows its group, and its group before and
 * after the regime change (half of the links move to another group).
 */
record LinkLayout(double[] base, double[] loading, int[] groupBefore, int[] groupAfter) {

    /** Volumes are log-uniform between these, in bytes per hour. */
    private static final double MIN_BYTES = 1e9;
    private static final double MAX_BYTES = 5e11;
    private static final double MOVED_SHARE = 0.5;

    /** Draws a layout; the draws depend only on the random generator's state. */
    static LinkLayout random(SimulationSpec spec, Random rng) {
        int n = spec.links().size();
        int groups = spec.groups();
        double hours = spec.interval().toSeconds() / 3600.0;
        double[] base = new double[n];
        double[] loading = new double[n];
        for (int l = 0; l < n; l++) {
            base[l] = Math.exp(Math.log(MIN_BYTES) + rng.nextDouble() * Math.log(MAX_BYTES / MIN_BYTES)) * hours;
            loading[l] = 0.8 + 0.4 * rng.nextDouble();
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, rng);
        int[] before = new int[n];
        for (int i = 0; i < n; i++) {
            before[order.get(i)] = i % groups;
        }
        int[] after = before.clone();
        for (int l = 0; l < n; l++) {
            if (rng.nextDouble() < MOVED_SHARE) {
                after[l] = (before[l] + 1 + rng.nextInt(groups - 1)) % groups;
            }
        }
        return new LinkLayout(base, loading, before, after);
    }

    /** The group of link l before or after the change. */
    int group(int l, boolean after) {
        return after ? groupAfter[l] : groupBefore[l];
    }
}
