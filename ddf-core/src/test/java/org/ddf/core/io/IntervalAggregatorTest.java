package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ddf.core.flow.LinkCounters;
import org.junit.jupiter.api.Test;

class IntervalAggregatorTest {

    private static final Duration HOUR = Duration.ofHours(1);

    /** 5-minute samples from {@code from} on; link A's value is the sample number, link B is always 1. */
    private static LinkCounters fiveMinutes(String from, int count) {
        Instant start = Instant.parse(from);
        Instant[] times = new Instant[count];
        double[][] values = new double[count][];
        for (int i = 0; i < count; i++) {
            times[i] = start.plus(Duration.ofMinutes(5L * i));
            values[i] = new double[] {i, 1};
        }
        return new LinkCounters(List.of("A", "B"), times, values);
    }

    @Test
    void averagesTwelveSamplesPerHourLeavingMissingOnesOut() {
        LinkCounters c = fiveMinutes("2004-03-01T00:00:00Z", 24);
        c.values()[13][0] = Double.NaN;

        LinkCounters hourly = IntervalAggregator.aggregate(c, HOUR, Aggregation.MEAN);

        assertThat(hourly.timestamps()).containsExactly(Instant.parse("2004-03-01T00:00:00Z"), Instant.parse("2004-03-01T01:00:00Z"));
        // Hour 0: mean of 0..11 = 5.5. Hour 1: 12..23 without 13: (210 - 13) / 11.
        assertThat(hourly.values()[0]).containsExactly(5.5, 1);
        assertThat(hourly.values()[1][0]).isEqualTo(197.0 / 11, within(1e-12));
    }

    @Test
    void sumsWithMissingSamplesCountedAtTheMean() {
        LinkCounters c = fiveMinutes("2004-03-01T00:00:00Z", 24);
        c.values()[13][0] = Double.NaN;

        LinkCounters hourly = IntervalAggregator.aggregate(c, HOUR, Aggregation.SUM);

        assertThat(hourly.values()[0]).containsExactly(66, 12);
        assertThat(hourly.values()[1][0]).isEqualTo(197.0 / 11 * 12, within(1e-9));
    }

    @Test
    void alignsStepsToWholeHoursAndLeavesEmptyHoursNaN() {
        LinkCounters c = fiveMinutes("2004-03-01T00:30:00Z", 30); // 00:30 .. 02:55
        for (int i = 6; i < 18; i++) {
            c.values()[i] = new double[] {Double.NaN, Double.NaN}; // all of 01:00 .. 01:55 missing
        }

        LinkCounters hourly = IntervalAggregator.aggregate(c, HOUR, Aggregation.MEAN);

        assertThat(hourly.timestamps()).hasSize(3).startsWith(Instant.parse("2004-03-01T00:00:00Z"));
        assertThat(hourly.values()[0][0]).as("samples 0..5").isEqualTo(2.5);
        assertThat(hourly.values()[1]).containsExactly(Double.NaN, Double.NaN);
        assertThat(hourly.values()[2][0]).as("samples 18..29").isEqualTo(23.5);
    }

    @Test
    void rejectsATargetThatIsNoMultipleOfTheInterval() {
        LinkCounters c = fiveMinutes("2004-03-01T00:00:00Z", 4);

        assertThatThrownBy(() -> IntervalAggregator.aggregate(c, Duration.ofMinutes(7), Aggregation.MEAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5M");
    }
}
