package org.ddf.inference.ddf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.ddf.api.flow.CounterTable;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.Windower;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The warm-up's requests hold exactly the complete windows asked for, whatever the model's window definition. */
class WarmUpRequestsTest {

    private static final List<String> LINKS = List.of("A_B", "B_A", "B_C");

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64})
    void theDefaultWindowsCutIntoExactlyTheWindowsAskedFor(int windows) {
        List<TrafficWindow> cut = cut(WindowSpec.defaults(), windows);
        assertThat(cut).hasSize(windows);
        assertThat(cut.get(0).start()).isEqualTo(Instant.parse("2024-01-10T06:00:00Z"));
        assertThat(cut).allSatisfy(w -> assertThat(w.rows()).hasNumberOfRows(12));
    }

    @Test
    void otherLengthsStartsAndZonesToo() {
        WindowSpec spec = new WindowSpec(Duration.ofHours(3), LocalTime.of(7, 30), ZoneId.of("Australia/Sydney"), 1.0);
        List<TrafficWindow> cut = cut(spec, 10);
        assertThat(cut).hasSize(10);
        assertThat(cut.get(0).start().atZone(spec.zone()).toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(cut.get(9).start()).isEqualTo(cut.get(0).start().plus(Duration.ofHours(27)));
    }

    @Test
    void valuesArePositiveAndSeeded() {
        CounterTable a = WarmUpRequests.of(LINKS, WindowSpec.defaults(), 2, 5).counters();
        assertThat(a.links()).isEqualTo(LINKS);
        assertThat(a.values()).hasSize(24).allSatisfy(row -> assertThat(row).hasSize(3).allMatch(v -> v > 0));
        assertThat(WarmUpRequests.of(LINKS, WindowSpec.defaults(), 2, 5).counters().values()).isEqualTo(a.values());
        assertThat(WarmUpRequests.of(LINKS, WindowSpec.defaults(), 2, 6).counters().values()).isNotEqualTo(a.values());
    }

    @Test
    void refusesNoWindows() {
        assertThatThrownBy(() -> WarmUpRequests.of(LINKS, WindowSpec.defaults(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("windows");
    }

    private static List<TrafficWindow> cut(WindowSpec spec, int windows) {
        CounterTable table = WarmUpRequests.of(LINKS, spec, windows, 1).counters();
        double[][] values = table.values().stream()
                .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
        return new Windower(spec).cut(new LinkCounters(table.links(), table.timestamps().toArray(Instant[]::new), values));
    }
}
