package org.ddf.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleIntervalTest {

    @Test
    void isTheMostCommonStepNotTheSmallest() {
        // Steps 5, 5, 5, 2, 3 minutes.
        assertThat(SampleInterval.of(minutes(0, 5, 10, 15, 17, 20))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aTieGoesToTheShorterStep() {
        assertThat(SampleInterval.of(minutes(0, 1, 3))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void needsTwoIncreasingTimestamps() {
        assertThatThrownBy(() -> SampleInterval.of(minutes(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleInterval.of(minutes(0, 5, 5))).hasMessageContaining("index 2");
    }

    private static Instant[] minutes(int... offsets) {
        Instant[] out = new Instant[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = Instant.parse("2004-03-01T00:00:00Z").plusSeconds(60L * offsets[i]);
        }
        return out;
    }
}
