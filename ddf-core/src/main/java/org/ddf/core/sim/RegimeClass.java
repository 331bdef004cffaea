package org.ddf.core.sim;

/** The kind of 12-hour window the simulator plants a traffic pattern for. */
public enum RegimeClass {
    /** 18:00–05:59 UTC, any day. */
    NIGHT,
    /** 06:00–17:59 UTC, Monday to Friday. */
    WEEKDAY_DAY,
    /** 06:00–17:59 UTC, Saturday and Sunday. */
    WEEKEND_DAY
}
