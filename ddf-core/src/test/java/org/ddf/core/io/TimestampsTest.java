package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final Instant SIX = Instant.parse("2018-01-01T06:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"2018-01-01T06:00:00Z", "2018-01-01T07:00:00+01:00", "2018-01-01T06:00",
        "2018-01-01 06:00:00", "1514786400", " 20180101-0600 ", "2018-01-01T07:00:00+01:00[Europe/Paris]"})
    void readsEveryNotationOfTheSameInstant(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(SIX);
    }

    @Test
    void readsFractionalEpochSeconds() {
        assertThat(Timestamps.parse("1514786400.25")).isEqualTo(SIX.plusMillis(250));
    }

    @Test
    void rejectsWhatIsNoTimestamp() {
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yesterday'");
        assertThatThrownBy(() -> Timestamps.parse("20181301-0600")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> Timestamps.parse("1514786400000")).hasMessageContaining("milliseconds");
        assertThatThrownBy(() -> Timestamps.parse("")).hasMessageContaining("empty");
    }
}
