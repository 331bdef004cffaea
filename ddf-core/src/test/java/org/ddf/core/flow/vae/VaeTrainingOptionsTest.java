package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class VaeTrainingOptionsTest {

    @Test
    void faithfulIsTheOriginalTraining() {
        VaeTrainingOptions faithful = VaeTrainingOptions.faithful();

        assertThat(faithful.epochs()).isEqualTo(50);
        assertThat(faithful.batchSize()).isEqualTo(32);
        assertThat(faithful.learningRate()).isEqualTo(0.01);
        assertThat(faithful.lrMilestones()).containsExactly(25, 40);
        assertThat(faithful.heldOutFraction()).isEqualTo(0.1);
        assertThat(faithful.beta()).isEqualTo(1.0);
        assertThat(faithful.logvarClamp().active()).isFalse();
        assertThat(faithful.klWarmupEpochs()).isZero();
    }

    @Test
    void robustLowersTheLearningRateClampsAndWeighsKlAtATenthWithoutWarmUp() {
        VaeTrainingOptions robust = VaeTrainingOptions.robust();

        assertThat(robust.learningRate()).isEqualTo(0.001);
        assertThat(robust.logvarClamp()).isEqualTo(new LogvarClamp(-10, 10));
        assertThat(robust.beta()).isEqualTo(0.1);
        assertThat(robust.klWarmupEpochs()).isZero();
        assertThat(robust.betaAt(1)).isEqualTo(0.1);
    }

    @Test
    void learningRateDropsAfterEachMilestoneLikeMultiStepLr() {
        VaeTrainingOptions faithful = VaeTrainingOptions.faithful();

        assertThat(faithful.learningRateAt(1)).isEqualTo(0.01);
        assertThat(faithful.learningRateAt(25)).isEqualTo(0.01);
        assertThat(faithful.learningRateAt(26)).isCloseTo(0.001, within(1e-12));
        assertThat(faithful.learningRateAt(40)).isCloseTo(0.001, within(1e-12));
        assertThat(faithful.learningRateAt(41)).isCloseTo(0.0001, within(1e-12));
    }

    @Test
    void betaRampsFromZeroOverTheWarmUp() {
        VaeTrainingOptions warmUp = new VaeTrainingOptions(50, 32, 0.001, List.of(25, 40), 0.1, 0.1, 1, 42,
                new LogvarClamp(-10, 10), 5, 1000, false);

        assertThat(warmUp.betaAt(1)).isZero();
        assertThat(warmUp.betaAt(3)).isCloseTo(0.4, within(1e-12));
        assertThat(warmUp.betaAt(6)).isEqualTo(1.0);
        assertThat(warmUp.betaAt(30)).isEqualTo(1.0);
        assertThat(VaeTrainingOptions.faithful().betaAt(1)).isEqualTo(1.0);
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> VaeTrainingOptions.faithful().withEpochs(0)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> VaeTrainingOptions.faithful().withLearningRate(Double.NaN))
                .hasMessageContaining("learningRate");
        assertThatThrownBy(() -> new VaeTrainingOptions(5, 32, 0.01, List.of(40, 25), 0.1, 0.1, 1, 1,
                LogvarClamp.NONE, 0, 1000, false)).hasMessageContaining("lrMilestones");
        assertThatThrownBy(() -> new VaeTrainingOptions(5, 32, 0.01, List.of(), 0.1, 1.0, 1, 1,
                LogvarClamp.NONE, 0, 1000, false)).hasMessageContaining("heldOutFraction");
        assertThatThrownBy(() -> new LogvarClamp(3, -3)).hasMessageContaining("logvarClamp");
    }
}
