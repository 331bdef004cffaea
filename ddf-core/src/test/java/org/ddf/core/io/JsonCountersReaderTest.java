package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddf.core.io.LinkCountersFormat.JSON;
import static org.ddf.core.io.ReaderFixtures.assertFails;
import static org.ddf.core.io.ReaderFixtures.assertRows;
import static org.ddf.core.io.ReaderFixtures.failure;
import static org.ddf.core.io.ReaderFixtures.read;

import java.time.Instant;
import org.ddf.core.flow.LinkCounters;
import org.junit.jupiter.api.Test;

class JsonCountersReaderTest {

    @Test
    void readsFieldsInAnyOrderWithMixedTimestampsAndMissingValues() throws Exception {
        LinkCounters c = read(JSON, """
                {"values": [[1, null], [2, "NaN"], [NaN, "4.5"]],
                 "unit": {"name": "bytes"},
                 "links": ["A", "B"],
                 "timestamps": ["2018-01-01T00:00:00Z", 1514768400, "20180101-0300"]}
                """);

        assertThat(c.links()).containsExactly("A", "B");
        assertThat(c.timestamps()).containsExactly(Instant.parse("2018-01-01T00:00:00Z"),
                Instant.parse("2018-01-01T01:00:00Z"), Instant.parse("2018-01-01T02:00:00Z"),
                Instant.parse("2018-01-01T03:00:00Z"));
        assertRows(c.values(), new double[][] {
            {1, Double.NaN}, {2, Double.NaN}, {Double.NaN, Double.NaN}, {Double.NaN, 4.5}});
    }

    @Test
    void namesTheFieldAndIndexOfBadInput() {
        String links = "\"links\": [\"A\", \"B\"], ";
        assertFails(JSON, "{" + links + "\"timestamps\": [\"2018-01-01T01:00:00Z\", \"2018-01-01T00:00:00Z\"],"
                + " \"values\": [[1, 2], [3, 4]]}", "timestamps[1]", "sorted by time");
        assertFails(JSON, "{" + links + "\"timestamps\": [1514764800, 1514764800], \"values\": [[1, 2], [3, 4]]}",
                "timestamps[1]", "duplicate timestamp");
        assertFails(JSON, "{" + links + "\"timestamps\": [1514764800, 1514768400], \"values\": [[1, 2], [3]]}",
                "values[1]", "expected 2 values, found 1");
        assertFails(JSON, "{" + links + "\"timestamps\": [1514764800], \"values\": [[1, \"many\"]]}",
                "values[0][1]", "not a number: 'many'");
        assertFails(JSON, "{" + links + "\"timestamps\": [1514764800], \"values\": [[1, true]]}",
                "values[0][1]", "expected a number");
        assertFails(JSON, "{" + links + "\"timestamps\": [1514764800, 1514768400], \"values\": [[1, 2]]}",
                "values", "2 timestamps but 1 rows");
        assertFails(JSON, "{" + links + "\"values\": [[1, 2]]}", "timestamps", "missing field");
        assertFails(JSON, "[1, 2]", "line 1, column 2", "expected a JSON object");
    }

    @Test
    void reportsWhereMalformedJsonBreaks() {
        InvalidDataException e = failure(JSON, "{\"links\": [\"A\",\n \"B\" \"C\"]}");

        assertThat(e.location()).startsWith("line 2, column ");
    }
}
