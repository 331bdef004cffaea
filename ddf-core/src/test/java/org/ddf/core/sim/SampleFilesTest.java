package org.ddf.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.io.WideCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFilesTest {

    @Test
    void mainWritesCountersThatReadBackAndOneTruthRowPerWindow(@TempDir Path dir) throws Exception {
        Path links = dir.resolve("links.txt");
        Files.writeString(links, "SACR_SUNN\nSUNN_SACR\nLOND_NEWY\nNEWY_LOND\n");
        Path out = dir.resolve("sample.csv");

        LinkCounterSimulator.main(new String[] {out.toString(), links.toString(), "3", "5"});

        LinkCounters read;
        try (InputStream in = Files.newInputStream(out)) {
            read = new WideCsvReader().read(in);
        }
        SimulationSpec spec = new SimulationSpec(5L, List.of("SACR_SUNN", "SUNN_SACR", "LOND_NEWY", "NEWY_LOND"),
                LocalDate.of(2018, 1, 1), 3, Duration.ofHours(1), 4, LocalDate.of(2020, 3, 16), 5);
        LinkCounters expected = new LinkCounterSimulator(spec).run().counters();
        assertThat(read.links()).isEqualTo(expected.links());
        assertThat(read.timestamps()).isEqualTo(expected.timestamps());
        assertThat(read.values()).isDeepEqualTo(expected.values());
        List<String> truth = Files.readAllLines(dir.resolve("sample-truth.csv"));
        assertThat(truth).hasSize(1 + 5);
        assertThat(truth.get(0)).isEqualTo("window_start,class,after_change,anomalous,class_index");
        assertThat(truth.get(1)).startsWith("2018-01-01T06:00:00Z,WEEKDAY_DAY,false,");
        assertThat(truth.stream().filter(l -> l.contains(",true,")).count()).isEqualTo(5);
    }
}
