package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddf.core.io.LinkCountersFormat.WIDE_CSV;
import static org.ddf.core.io.ReaderFixtures.assertFails;
import static org.ddf.core.io.ReaderFixtures.read;

import java.time.Instant;
import org.ddf.core.flow.LinkCounters;
import org.junit.jupiter.api.Test;

class WideCsvReaderTest {

    private static final String HEADER = "time,SACR_SUNN,SUNN_SACR\n";

    @Test
    void readsLinksValuesAndMissingCellsAndFillsAMissingStepWithNaN() throws Exception {
        LinkCounters c = read(WIDE_CSV, "\uFEFF" + HEADER
                + "2018-01-01T00:00:00Z,10,20.5\n"
                + "2018-01-01T01:00:00Z,,NaN\n"
                + "2018-01-01T03:00:00Z, 30 ,40\n");

        assertThat(c.links()).containsExactly("SACR_SUNN", "SUNN_SACR");
        assertThat(c.timestamps()).containsExactly(Instant.parse("2018-01-01T00:00:00Z"),
                Instant.parse("2018-01-01T01:00:00Z"), Instant.parse("2018-01-01T02:00:00Z"),
                Instant.parse("2018-01-01T03:00:00Z"));
        assertThat(c.values()[0]).containsExactly(10, 20.5);
        assertThat(c.values()[1]).containsExactly(Double.NaN, Double.NaN);
        assertThat(c.values()[2]).as("02:00 was missing").containsExactly(Double.NaN, Double.NaN);
        assertThat(c.values()[3]).containsExactly(30, 40);
    }

    @Test
    void readsSndlibAndEpochTimestampsAndAnyNumberOfLinks() throws Exception {
        LinkCounters sndlib = read(WIDE_CSV, "time,ATLA->CHIN\n20040301-0000,1\n20040301-0005,2\n20040301-0010,3\n");
        LinkCounters epoch = read(WIDE_CSV, "t,a,b,c,d\n1514764800,1,2,3,4\n1514768400,5,6,7,8\n");

        assertThat(sndlib.channels()).isEqualTo(1);
        assertThat(sndlib.timestamps()[2]).isEqualTo(Instant.parse("2004-03-01T00:10:00Z"));
        assertThat(epoch.channels()).isEqualTo(4);
        assertThat(epoch.timestamps()[1]).isEqualTo(Instant.parse("2018-01-01T01:00:00Z"));
        assertThat(epoch.values()[1]).containsExactly(5, 6, 7, 8);
    }

    @Test
    void namesTheRowOfUnsortedDuplicateOrOffGridTimestamps() {
        assertFails(WIDE_CSV, HEADER + "2018-01-01T01:00:00Z,1,2\n2018-01-01T00:00:00Z,1,2\n", "row 3", "sorted by time");
        assertFails(WIDE_CSV, HEADER + "2018-01-01T00:00:00Z,1,2\n2018-01-01T00:00:00Z,1,2\n", "row 3", "duplicate timestamp");
        assertFails(WIDE_CSV, HEADER + "2018-01-01T00:00:00Z,1,2\n2018-01-01T01:00:00Z,1,2\n2018-01-01T02:00:00Z,1,2\n"
                + "2018-01-01T02:30:00Z,1,2\n", "row 5", "off the PT1H grid");
        assertFails(WIDE_CSV, HEADER + "2018-01-01T00:00:00Z,1,2\nsoon,1,2\n", "row 3, column 1", "not a timestamp: 'soon'");
    }

    @Test
    void namesTheRowAndColumnOfBadValuesAndShapes() {
        assertFails(WIDE_CSV, HEADER + "2018-01-01T00:00:00Z,1,2\n2018-01-01T01:00:00Z,1\n", "row 3", "expected 3 values");
        assertFails(WIDE_CSV, HEADER + "2018-01-01T00:00:00Z,1,lots\n", "row 2, column SUNN_SACR", "not a number: 'lots'");
        assertFails(WIDE_CSV, HEADER + "2018-01-01T00:00:00Z,Infinity,1\n", "row 2, column SACR_SUNN", "infinite");
    }

    @Test
    void namesHeaderProblems() {
        assertFails(WIDE_CSV, "", "row 1", "missing header");
        assertFails(WIDE_CSV, "time\n2018-01-01T00:00:00Z\n", "row 1", "at least one link column");
        assertFails(WIDE_CSV, "time,A,B,A\n", "column A", "named twice");
        assertFails(WIDE_CSV, "time,A,,B\n", "row 1, column 3", "empty link name");
        assertFails(WIDE_CSV, HEADER, "row 2", "no data rows");
    }
}
