package org.ddf.core.flow;

/** Whether a window covers the night (18:00–05:59 UTC by default) or the day (06:00–17:59 UTC). */
public enum WindowKind {
    NIGHT,
    DAY
}
