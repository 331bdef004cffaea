package org.ddf.core.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * What one simulated window looks like: its class, each group's shape and swing (the class's amplitude with a
 * little jitter per window), its traffic level and, when anomalous, its event.
 *
 * @param planted the truth of the window
 * @param shapes shape per group
 * @param amplitudes swing per group
 * @param level traffic level relative to a weekday daytime
 * @param event the planted event, or null
 */
record WindowPlan(PlantedWindow planted, WindowShape[] shapes, double[] amplitudes, double level, AnomalyEvent event) {

    private static final double AMPLITUDE_JITTER = 0.3;

    /** Draws the plan of the window starting at {@code start}. */
    static WindowPlan draw(Instant start, Instant change, boolean anomalous, SimulationSpec spec, Random rng) {
        RegimeClass regime = classOf(start);
        boolean after = !start.isBefore(change);
        AnomalyEvent event = anomalous ? AnomalyEvent.random(spec.links().size(), spec.stepsPerWindow(), rng) : null;
        WindowShape[] shapes = new WindowShape[spec.groups()];
        double[] amplitudes = new double[spec.groups()];
        for (int g = 0; g < shapes.length; g++) {
            shapes[g] = ClassPatterns.shape(regime, after, g, spec.groups());
            amplitudes[g] = ClassPatterns.amplitude(regime, after, g)
                    * (1 - AMPLITUDE_JITTER / 2 + AMPLITUDE_JITTER * rng.nextDouble());
        }
        return new WindowPlan(new PlantedWindow(start, regime, after, anomalous), shapes, amplitudes,
                ClassPatterns.level(regime, after), event);
    }

    /** The relative swing of a link of group g with the given loading at position u of the window. */
    double swing(int g, double loading, double u) {
        return amplitudes[g] * loading * shapes[g].at(u);
    }

    /** The event's multiplier for link l at step i (1 without an event). */
    double eventFactor(int l, int i) {
        return event == null ? 1.0 : event.factor(l, i);
    }

    private static RegimeClass classOf(Instant start) {
        ZonedDateTime local = start.atZone(ZoneOffset.UTC);
        if (local.getHour() >= 18 || local.getHour() < 6) {
            return RegimeClass.NIGHT;
        }
        DayOfWeek day = local.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? RegimeClass.WEEKEND_DAY : RegimeClass.WEEKDAY_DAY;
    }
}
