package org.ddf.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EpochMilestoneTrackerTest {

    @Test
    void dropsAfterTheLastUpdateOfEachMilestoneEpoch() {
        EpochMilestoneTracker tracker = new EpochMilestoneTracker(0.01f, List.of(25, 40), 0.1f, 7);

        assertThat(tracker.getNewValue(1)).isEqualTo(0.01f);
        assertThat(tracker.getNewValue(25 * 7)).isEqualTo(0.01f);
        assertThat(tracker.getNewValue(25 * 7 + 1)).isCloseTo(0.001f, within(1e-9f));
        assertThat(tracker.getNewValue(40 * 7)).isCloseTo(0.001f, within(1e-9f));
        assertThat(tracker.getNewValue(40 * 7 + 1)).isCloseTo(0.0001f, within(1e-10f));
    }

    @Test
    void withoutMilestonesTheRateIsFixed() {
        EpochMilestoneTracker tracker = new EpochMilestoneTracker(0.5f, List.of(), 0.1f, 3);

        assertThat(tracker.getNewValue(1_000_000)).isEqualTo(0.5f);
    }
}
