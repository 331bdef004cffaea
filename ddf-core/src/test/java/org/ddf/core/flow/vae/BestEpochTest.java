package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BestEpochTest {

    @Test
    void keepsTheLowestLossEarlierOnATieAndSerialisesOnlyOnImprovement() {
        BestEpoch best = new BestEpoch();
        AtomicInteger serialised = new AtomicInteger();
        double[] losses = {0.07, 0.01, 0.005, 0.1, 0.005, 0.02};
        for (int e = 0; e < losses.length; e++) {
            byte epoch = (byte) (e + 1);
            best.offer(e + 1, losses[e], () -> {
                serialised.incrementAndGet();
                return new byte[] {epoch};
            });
        }
        assertThat(best.epoch()).isEqualTo(3);
        assertThat(best.weights()).containsExactly(3);
        assertThat(serialised).hasValue(3);
    }

    @Test
    void nanNeverCounts() {
        BestEpoch best = new BestEpoch();
        best.offer(1, Double.NaN, () -> new byte[] {1});
        assertThat(best.epoch()).isZero();
        assertThat(best.weights()).isNull();
    }
}
