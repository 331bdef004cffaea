package org.ddf.core.flow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How counters are cut into windows. Windows start at {@code dayStart + k·length} on every local date; a window
 * is a day window when its start falls in {@code [dayStart, dayStart + 12 h)}, otherwise a night window.
 *
 * @param length window length, dividing 24 hours (default 12 h)
 * @param dayStart local start of the day window (default 06:00)
 * @param zone zone of {@code dayStart} and of the weekday labels (default UTC)
 * @param minPresentFraction share of a window's grid steps that must hold data for it to be kept, in (0, 1]
 *     (default 1: full windows only)
 */
public record WindowSpec(Duration length, LocalTime dayStart, ZoneId zone, double minPresentFraction) {

    private static final Duration DAY = Duration.ofDays(1);

    /** Checks the values. */
    public WindowSpec {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(zone, "zone");
        if (length.isNegative() || length.isZero() || DAY.toNanos() % length.toNanos() != 0) {
            throw new IllegalArgumentException("window length " + length + " must divide 24 hours");
        }
        if (!(minPresentFraction > 0 && minPresentFraction <= 1)) {
            throw new IllegalArgumentException("minPresentFraction " + minPresentFraction + " must be in (0, 1]");
        }
    }

    /** 12-hour windows, day from 06:00 UTC, full windows only: the original's setting. */
    public static WindowSpec defaults() {
        return new WindowSpec(Duration.ofHours(12), LocalTime.of(6, 0), ZoneOffset.UTC, 1.0);
    }

    /** Windows per day. */
    public int perDay() {
        return (int) (DAY.toNanos() / length.toNanos());
    }

    /** Whether a window starting at {@code start} is a day window: it starts in [dayStart, dayStart + 12 h). */
    public WindowKind kindAt(Instant start) {
        long sinceDayStart = Duration.between(dayStart, start.atZone(zone).toLocalTime()).toNanos();
        return Math.floorMod(sinceDayStart, DAY.toNanos()) < DAY.toNanos() / 2 ? WindowKind.DAY : WindowKind.NIGHT;
    }

    /** The original's plot label of a window starting at {@code start}: 0 = night, 1..7 = Monday..Sunday daytime. */
    public int plotLabelAt(Instant start) {
        return kindAt(start) == WindowKind.DAY ? start.atZone(zone).getDayOfWeek().getValue() : 0;
    }
}
