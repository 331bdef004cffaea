package org.ddf.core.sim;

import java.util.Random;

/**
 * A network-wide event planted in one window, like a failure that reroutes traffic: over a few consecutive steps
 * a random subset of links across all groups loses most of its traffic (outage) while another random subset
 * carries several times its own (burst). Links of one subset then move together, against the other subset and
 * regardless of their groups, so the window's correlation structure differs from every planted class.
 *
 * @param factors traffic multiplier per link during the event (1 for links not involved)
 * @param from first step of the event within the window
 * @param to first step after it
 */
record AnomalyEvent(double[] factors, int from, int to) {

    private static final double SHARE = 0.4;
    private static final double BURST = 4.0;
    private static final double OUTAGE = 0.1;

    /** Draws an event for a window of the given number of steps. */
    static AnomalyEvent random(int links, int steps, Random rng) {
        double[] factors = new double[links];
        for (int l = 0; l < links; l++) {
            boolean involved = rng.nextDouble() < SHARE;
            boolean burst = rng.nextBoolean();
            factors[l] = involved ? (burst ? BURST : OUTAGE) : 1.0;
        }
        int from = 1 + rng.nextInt(steps / 3);
        int length = steps / 4 + rng.nextInt(steps / 4 + 1);
        return new AnomalyEvent(factors, from, Math.min(steps, from + length));
    }

    /** The multiplier for link l at step i of the window. */
    double factor(int l, int i) {
        return i >= from && i < to ? factors[l] : 1.0;
    }
}
