package org.ddf.core.sim;

import java.util.Random;

/**
 * A network-wide event planted in one window: a random subset of links across all groups shares a burst or an
 * outage over a few consecutive steps, so those links correlate with each other and not with their groups.
 *
 * @param affected which links take part
 * @param from first step of the event within the window
 * @param to first step after it
 * @param factor traffic multiplier during the event (a burst above 1, an outage below)
 */
record AnomalyEvent(boolean[] affected, int from, int to, double factor) {

    private static final double SHARE = 0.4;
    private static final double BURST = 4.0;
    private static final double OUTAGE = 0.1;

    /** Draws an event for a window of the given number of steps. */
    static AnomalyEvent random(int links, int steps, Random rng) {
        boolean[] affected = new boolean[links];
        int count = 0;
        for (int l = 0; l < links; l++) {
            affected[l] = rng.nextDouble() < SHARE;
            count += affected[l] ? 1 : 0;
        }
        while (count < 2) {
            int l = rng.nextInt(links);
            count += affected[l] ? 0 : 1;
            affected[l] = true;
        }
        int from = 1 + rng.nextInt(steps / 3);
        int length = steps / 4 + rng.nextInt(steps / 4 + 1);
        return new AnomalyEvent(affected, from, Math.min(steps, from + length), rng.nextBoolean() ? BURST : OUTAGE);
    }

    /** The multiplier for link l at step i of the window. */
    double factor(int l, int i) {
        return affected[l] && i >= from && i < to ? factor : 1.0;
    }
}
