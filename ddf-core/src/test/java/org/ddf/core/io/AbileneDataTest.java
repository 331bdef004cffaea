package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.FittedFeatures;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.SampleInterval;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.WindowKind;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.Windower;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real SNDlib Abilene origin-destination file (132 pairs, 5-minute, 2004-03-01..03-14 contiguous, then
 * 2004-04-02..04-04), read from the shared data folder; skipped where the folder is absent.
 */
class AbileneDataTest {

    private static final Path FILE =
            Path.of("/work/shared/data/sndlib-abilene-geant/abilene_od_5min_2004-03-01_to_2004-04-04.csv");
    private static final Instant APRIL = Instant.parse("2004-04-01T00:00:00Z");

    private static LinkCounters raw;
    private static LinkCounters hourly;

    @BeforeAll
    static void read() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FILE),
                "SNDlib Abilene data not found at " + FILE + "; real-data test skipped");
        try (InputStream in = Files.newInputStream(FILE)) {
            raw = new WideCsvReader().read(in);
        }
        hourly = IntervalAggregator.aggregate(raw, Duration.ofHours(1), Aggregation.MEAN);
    }

    @Test
    void readsAllPairsOnTheFiveMinuteGridWithTheGapAsNaNRows() {
        assertThat(raw.channels()).isEqualTo(132);
        assertThat(raw.links()).startsWith("ATLAM5->ATLAng", "ATLAM5->CHINng");
        assertThat(SampleInterval.of(raw.timestamps())).isEqualTo(Duration.ofMinutes(5));
        // 2004-03-01 00:00 to 2004-04-04 23:55 is 35 days of 288 steps; the file has 4896 of them.
        assertThat(raw.rows()).isEqualTo(35 * 288);
        long empty = Arrays.stream(raw.values()).filter(r -> Double.isNaN(r[0])).count();
        assertThat(empty).isEqualTo(35 * 288 - 4896);
        assertThat(hourly.rows()).isEqualTo(35 * 24);
    }

    @Test
    void cutsTheContiguousFortnightIntoFullTwelveHourWindows() throws Exception {
        List<TrafficWindow> windows = new Windower(WindowSpec.defaults()).cut(hourly);
        List<TrafficWindow> march = windows.stream().filter(w -> w.start().isBefore(APRIL)).toList();
        WindowSpec midnight = new WindowSpec(Duration.ofHours(12), LocalTime.MIDNIGHT, ZoneOffset.UTC, 1.0);
        long marchFromMidnight = new Windower(midnight).cut(hourly).stream().filter(w -> w.start().isBefore(APRIL)).count();

        // 14 days hold 28 half-days, but windows at 06:00/18:00 lose the first morning and the last night: 27.
        assertThat(march).hasSize(27);
        assertThat(marchFromMidnight).isEqualTo(28);
        assertThat(windows).hasSize(27 + 5);
        assertThat(march.get(0).start()).isEqualTo(Instant.parse("2004-03-01T06:00:00Z"));
        assertThat(march.get(0).kind()).isEqualTo(WindowKind.DAY);
        assertThat(march.get(0).plotLabel()).as("2004-03-01 was a Monday").isEqualTo(1);
        assertThat(march.get(26).start()).isEqualTo(Instant.parse("2004-03-14T06:00:00Z"));
        // First hour of the first window: the mean of the twelve 5-minute values of 06:00..06:55.
        assertThat(march.get(0).rows()[0][0]).isEqualTo(firstLinkMean(72, 84), within(1e-9));
    }

    @Test
    void givesOneScaledMatrixPerWindow() {
        FeatureExtractor extractor = new FeatureExtractor(FeatureOptions.defaults());

        FittedFeatures features = extractor.fit(extractor.windows(hourly));

        assertThat(features.batch().size()).isEqualTo(32);
        assertThat(features.batch().values()).hasSize(32 * 132 * 132);
        assertThat(features.filledEntries()).as("pairs with constant zero demand").isPositive();
        for (float v : features.batch().values()) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    /** Mean of link 1 over data rows [from, to) (0-based, header excluded), parsed by plain string splitting. */
    private static double firstLinkMean(int from, int to) throws Exception {
        List<String> lines = Files.readAllLines(FILE);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += Double.parseDouble(lines.get(1 + i).split(",")[1]);
        }
        return sum / (to - from);
    }
}
