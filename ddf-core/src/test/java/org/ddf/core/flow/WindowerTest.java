package org.ddf.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowerTest {

    private static final Instant MONDAY = Instant.parse("2018-01-01T00:00:00Z");

    /** Hourly rows from Monday 2018-01-01 00:00 to Wednesday 23:00 UTC; link A's value is the row number. */
    static LinkCounters threeDays() {
        Instant[] times = new Instant[72];
        double[][] values = new double[72][];
        for (int t = 0; t < 72; t++) {
            times[t] = MONDAY.plus(Duration.ofHours(t));
            values[t] = new double[] {t, 100 - t % 5};
        }
        return new LinkCounters(List.of("A", "B"), times, values);
    }

    @Test
    void cutsDayAndNightByTimestampWithNightsCrossingMidnight() {
        List<TrafficWindow> windows = new Windower(WindowSpec.defaults()).cut(threeDays());

        // Sunday's night and Wednesday's night run past the data, so they are incomplete and skipped.
        assertThat(windows).extracting(TrafficWindow::start).containsExactly(
                Instant.parse("2018-01-01T06:00:00Z"), Instant.parse("2018-01-01T18:00:00Z"),
                Instant.parse("2018-01-02T06:00:00Z"), Instant.parse("2018-01-02T18:00:00Z"),
                Instant.parse("2018-01-03T06:00:00Z"));
        assertThat(windows).extracting(TrafficWindow::kind).containsExactly(
                WindowKind.DAY, WindowKind.NIGHT, WindowKind.DAY, WindowKind.NIGHT, WindowKind.DAY);
        assertThat(windows).extracting(TrafficWindow::plotLabel).containsExactly(1, 0, 2, 0, 3);
        TrafficWindow mondayNight = windows.get(1);
        assertThat(mondayNight.end()).isEqualTo(Instant.parse("2018-01-02T06:00:00Z"));
        assertThat(mondayNight.rows()).hasNumberOfRows(12);
        assertThat(mondayNight.rows()[0][0]).isEqualTo(18);
        assertThat(mondayNight.rows()[6][0]).as("midnight").isEqualTo(24);
        assertThat(mondayNight.rows()[11][0]).isEqualTo(29);
        assertThat(windows.get(0).rows()[0]).containsExactly(6, 99);
    }

    @Test
    void aGapMakesTheWindowIncompleteAndSkippedUnlessTheSpecAllowsIt() {
        LinkCounters counters = threeDays();
        counters.values()[34] = new double[] {Double.NaN, Double.NaN}; // Tuesday 10:00, as a reader leaves a gap

        List<TrafficWindow> full = new Windower(WindowSpec.defaults()).cut(counters);
        WindowSpec lenient = new WindowSpec(Duration.ofHours(12), LocalTime.of(6, 0), ZoneOffset.UTC, 11.0 / 12);
        List<TrafficWindow> mostly = new Windower(lenient).cut(counters);

        assertThat(full).extracting(TrafficWindow::start).doesNotContain(Instant.parse("2018-01-02T06:00:00Z")).hasSize(4);
        assertThat(mostly).hasSize(5);
        assertThat(mostly.get(2).rows()).hasNumberOfRows(11);
        assertThat(mostly.get(2).rows()[4][0]).as("10:00 is left out").isEqualTo(35);
    }

    @Test
    void otherLengthsStartAtDayStartPlusMultiplesAndDayIsTheTwelveHoursFromDayStart() {
        WindowSpec sixHours = new WindowSpec(Duration.ofHours(6), LocalTime.of(6, 0), ZoneOffset.UTC, 1.0);

        List<TrafficWindow> windows = new Windower(sixHours).cut(threeDays());

        assertThat(windows).hasSize(12).isSortedAccordingTo(Comparator.comparing(TrafficWindow::start));
        assertThat(windows.subList(0, 4)).extracting(TrafficWindow::kind)
                .containsExactly(WindowKind.NIGHT, WindowKind.DAY, WindowKind.DAY, WindowKind.NIGHT);
        assertThat(windows.get(2).start()).isEqualTo(Instant.parse("2018-01-01T12:00:00Z"));
        assertThat(windows.get(2).plotLabel()).isEqualTo(1);
        assertThat(windows.get(0).rows()).hasNumberOfRows(6);
    }

    @Test
    void dayStartIsLocalToTheZone() {
        WindowSpec paris = new WindowSpec(Duration.ofHours(12), LocalTime.of(6, 0), ZoneId.of("Europe/Paris"), 1.0);

        List<TrafficWindow> windows = new Windower(paris).cut(threeDays());

        assertThat(windows.get(0).start()).isEqualTo(Instant.parse("2018-01-01T05:00:00Z"));
        assertThat(windows.get(0).kind()).isEqualTo(WindowKind.DAY);
    }

    @Test
    void rejectsAWindowLengthThatIsNotAMultipleOfTheDataInterval() {
        Instant[] times = {MONDAY, MONDAY.plus(Duration.ofHours(5))};
        LinkCounters fiveHourly = new LinkCounters(List.of("A"), times, new double[][] {{1}, {2}});

        assertThatThrownBy(() -> new Windower(WindowSpec.defaults()).cut(fiveHourly))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5H");
        assertThatThrownBy(() -> new WindowSpec(Duration.ofHours(5), LocalTime.of(6, 0), ZoneOffset.UTC, 1))
                .hasMessageContaining("divide 24 hours");
        assertThatThrownBy(() -> new WindowSpec(Duration.ofHours(12), LocalTime.of(6, 0), ZoneOffset.UTC, 0))
                .hasMessageContaining("minPresentFraction");
    }
}
