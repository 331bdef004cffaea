package org.ddf.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MissingValuesTest {

    private static final double NAN = Double.NaN;

    @Test
    void fillsWithColumnMeanThenRowMean() {
        // Column means 2 and 4; column 2 is empty, so its cells take their row's mean after the first pass:
        // (1 + 4) / 2, (3 + 4) / 2, (2 + 4) / 2.
        LinkCounters counters = counters(new double[][] {{1, NAN, NAN}, {3, 4, NAN}, {NAN, NAN, NAN}});

        FillResult<LinkCounters> filled = MissingValues.fill(counters);

        assertThat(filled.value().values()).isDeepEqualTo(new double[][] {{1, 4, 2.5}, {3, 4, 3.5}, {2, 4, 3}});
        assertThat(filled.byColumnMean()).isEqualTo(3);
        assertThat(filled.byRowMean()).isEqualTo(3);
        assertThat(filled.withZero()).isZero();
        assertThat(filled.total()).isEqualTo(6);
        assertThat(counters.values()[0][1]).as("input untouched").isNaN();
    }

    @Test
    void fillsWithZeroWhenColumnAndRowAreEmpty() {
        FillResult<LinkCounters> filled = MissingValues.fill(counters(new double[][] {{NAN}, {NAN}}));

        assertThat(filled.value().values()).isDeepEqualTo(new double[][] {{0}, {0}});
        assertThat(filled.withZero()).isEqualTo(2);
    }

    @Test
    void fillsWindowsWithColumnMeansOverAllTheirRows() {
        TrafficWindow first = window("2018-01-01T06:00:00Z", new double[][] {{1, NAN}, {3, 2}});
        TrafficWindow second = window("2018-01-02T06:00:00Z", new double[][] {{5, 6}, {NAN, 4}});

        FillResult<List<TrafficWindow>> filled = MissingValues.fill(List.of(first, second));

        // Column means over the four rows: (1 + 3 + 5) / 3 = 3 and (2 + 6 + 4) / 3 = 4.
        assertThat(filled.value().get(0).rows()).isDeepEqualTo(new double[][] {{1, 4}, {3, 2}});
        assertThat(filled.value().get(1).rows()).isDeepEqualTo(new double[][] {{5, 6}, {3, 4}});
        assertThat(filled.value().get(1).start()).isEqualTo(second.start());
        assertThat(filled.byColumnMean()).isEqualTo(2);
        assertThat(first.rows()[0][1]).isNaN();
    }

    private static TrafficWindow window(String start, double[][] rows) {
        Instant s = Instant.parse(start);
        return new TrafficWindow(s, s.plusSeconds(12 * 3600), WindowKind.DAY, 1, rows);
    }

    private static LinkCounters counters(double[][] values) {
        Instant[] times = new Instant[values.length];
        for (int t = 0; t < times.length; t++) {
            times[t] = Instant.parse("2018-01-01T00:00:00Z").plusSeconds(3600L * t);
        }
        List<String> links = IntStream.range(0, values[0].length).mapToObj(i -> "L" + i).toList();
        return new LinkCounters(links, times, values);
    }
}
