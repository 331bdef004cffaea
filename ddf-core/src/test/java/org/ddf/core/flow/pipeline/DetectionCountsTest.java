package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectionCountsTest {

    @Test
    void recallAndPrecisionAreFoundOverPlantedAndOverFlagged() {
        DetectionCounts counts = new DetectionCounts(150, 4, 5, 3);

        assertThat(counts.recall()).isEqualTo(0.75);
        assertThat(counts.precision()).isEqualTo(0.6);
    }

    @Test
    void nothingPlantedOrNothingFlaggedGivesNaN() {
        assertThat(new DetectionCounts(10, 0, 2, 0).recall()).isNaN();
        assertThat(new DetectionCounts(10, 2, 0, 0).precision()).isNaN();
    }

    @Test
    void poolingAddsTheCounts() {
        DetectionCounts pooled = new DetectionCounts(150, 2, 2, 2).plus(new DetectionCounts(150, 1, 3, 0));

        assertThat(pooled).isEqualTo(new DetectionCounts(300, 3, 5, 2));
        assertThat(pooled.recall()).isEqualTo(2 / 3.0);
        assertThat(DetectionCounts.NONE.plus(pooled)).isEqualTo(pooled);
    }

    @Test
    void moreFoundThanFlaggedIsRefused() {
        assertThatThrownBy(() -> new DetectionCounts(10, 3, 1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flagged 1").hasMessageContaining("found 2");
    }
}
