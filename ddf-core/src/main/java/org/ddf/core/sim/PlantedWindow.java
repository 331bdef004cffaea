package org.ddf.core.sim;

import java.time.Instant;

/**
 * What the simulator planted in one full 12-hour window.
 *
 * @param start window start (06:00 or 18:00 UTC)
 * @param regimeClass night, weekday daytime or weekend daytime
 * @param afterChange whether the window starts on or after the regime-change date
 * @param anomalous whether a network-wide event was planted in it
 */
public record PlantedWindow(Instant start, RegimeClass regimeClass, boolean afterChange, boolean anomalous) {

    /** Number of distinct planted classes: three regime classes before and after the change. */
    public static final int CLASS_COUNT = 2 * RegimeClass.values().length;

    /**
     * The planted class as one number in [0, {@link #CLASS_COUNT}): the regime class's ordinal, plus 3 after the
     * change. Anomalous windows keep the class they were planted into.
     */
    public int classIndex() {
        return regimeClass.ordinal() + (afterChange ? RegimeClass.values().length : 0);
    }
}
