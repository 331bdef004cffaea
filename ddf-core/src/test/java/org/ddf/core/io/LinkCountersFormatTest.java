package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkCountersFormatTest {

    @Test
    void tellsTheFormatFromTheFileNameAndPicksItsReader() {
        assertThat(LinkCountersFormat.fromFileName("snmp_2018.CSV")).isEqualTo(LinkCountersFormat.WIDE_CSV);
        assertThat(LinkCountersFormat.fromFileName("counters-long.csv")).isEqualTo(LinkCountersFormat.LONG_CSV);
        assertThat(LinkCountersFormat.fromFileName("counters.json")).isEqualTo(LinkCountersFormat.JSON);
        assertThatThrownBy(() -> LinkCountersFormat.fromFileName("counters.h5")).hasMessageContaining("counters.h5");
        assertThat(LinkCountersReader.of(LinkCountersFormat.LONG_CSV)).isInstanceOf(LongCsvReader.class);
        assertThat(LinkCountersReader.of(LinkCountersFormat.JSON)).isInstanceOf(JsonCountersReader.class);
    }
}
