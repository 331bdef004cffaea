package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.ddf.core.flow.LinkCounters;
import org.junit.jupiter.api.Test;

class LinkCountersWriterTest {

    @Test
    void writesWideCsvThatReadsBackUnchanged() throws Exception {
        Instant t0 = Instant.parse("2018-01-01T00:00:00Z");
        LinkCounters counters = new LinkCounters(List.of("SACR_SUNN", "A,B"),
                new Instant[] {t0, t0.plusSeconds(3600)},
                new double[][] {{1.0, 2.5}, {Double.NaN, 3e20}});
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LinkCountersWriter.writeWideCsv(counters, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("timestamp,SACR_SUNN,\"A,B\"\n"
                + "2018-01-01T00:00:00Z,1,2.5\n"
                + "2018-01-01T01:00:00Z,,3.0E20\n");
        LinkCounters back = new WideCsvReader().read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.links()).isEqualTo(counters.links());
        assertThat(back.timestamps()).isEqualTo(counters.timestamps());
        assertThat(back.values()[0]).containsExactly(1.0, 2.5);
        assertThat(back.values()[1]).containsExactly(Double.NaN, 3e20);
    }
}
