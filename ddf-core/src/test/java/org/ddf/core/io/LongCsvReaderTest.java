package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddf.core.io.LinkCountersFormat.LONG_CSV;
import static org.ddf.core.io.ReaderFixtures.assertFails;
import static org.ddf.core.io.ReaderFixtures.assertRows;
import static org.ddf.core.io.ReaderFixtures.read;

import java.time.Instant;
import org.ddf.core.flow.LinkCounters;
import org.junit.jupiter.api.Test;

class LongCsvReaderTest {

    private static final String HEADER = "time,link,value\n";

    @Test
    void readsRowsInAnyOrderIntoAGridWithNaNForWhatIsMissing() throws Exception {
        LinkCounters c = read(LONG_CSV, HEADER
                + "2018-01-01T00:00:00Z,A,1\n"
                + "2018-01-01T01:00:00Z,A,2\n"
                + "2018-01-01T00:00:00Z,B,10\n"
                + "2018-01-01T01:00:00Z,B,\n"
                + "2018-01-01T03:00:00Z,A,4\n");

        assertThat(c.links()).containsExactly("A", "B");
        assertThat(c.timestamps()).hasSize(4).endsWith(Instant.parse("2018-01-01T03:00:00Z"));
        assertRows(c.values(), new double[][] {
            {1, 10}, {2, Double.NaN}, {Double.NaN, Double.NaN}, {4, Double.NaN}});
    }

    @Test
    void namesTheRowOfBadInput() {
        assertFails(LONG_CSV, "time,link\n", "row 1", "three columns");
        assertFails(LONG_CSV, HEADER + "2018-01-01T00:00:00Z,A,1\n2018-01-01T00:00:00Z,A\n", "row 3", "expected 3 values");
        assertFails(LONG_CSV, HEADER + "2018-01-01T00:00:00Z,A,1\n2018-01-01T00:00:00Z,A,2\n", "row 3",
                "second value for link A");
        assertFails(LONG_CSV, HEADER + "2018-01-01T00:00:00Z,A,x1\n", "row 2, column 3", "not a number");
        assertFails(LONG_CSV, HEADER + "2018-01-01T00:00:00Z,,1\n", "row 2, column 2", "empty link name");
        assertFails(LONG_CSV, HEADER + "2018-01-01T00:00:00Z,A,1\n2018-01-01T01:00:00Z,A,1\n2018-01-01T02:00:00Z,A,1\n"
                + "2018-01-01T02:10:00Z,B,1\n", "row 5", "off the PT1H grid");
    }
}
