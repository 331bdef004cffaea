package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class VaeLossTest {

    @Test
    void klIsSummedOverBatchAndLatentAndDividedByCSquared() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray mu = manager.create(new float[] {1, 0, 0.5f, -2}, new Shape(2, 2));
            NDArray logvar = manager.create(new float[] {0, 1, -1, 0.5f}, new Shape(2, 2));
            // terms 1 + lv − mu² − e^lv: −1, 2 − e, −0.25 − e^−1, 1.5 − 4 − e^0.5
            double sum = -1 + (2 - Math.E) + (-0.25 - Math.exp(-1)) + (1.5 - 4 - Math.exp(0.5));
            double expected = -0.5 * sum / 9;

            VaeLoss loss = new VaeLoss(3, 1f, LogvarClamp.NONE);

            assertThat(loss.kl(mu, logvar).getFloat()).isCloseTo((float) expected, within(1e-6f));
        }
    }

    @Test
    void totalIsMeanSquaredErrorPlusBetaTimesKl() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {0, 0.5f, 1, 0.25f, 0, 0, 0, 1}, new Shape(2, 1, 2, 2));
            NDArray recon = manager.create(new float[] {0.5f, 0.5f, 0.5f, 0.25f, 0, 0.5f, 0, 0}, new Shape(2, 1, 2, 2));
            NDArray mu = manager.create(new float[] {1, 1, 0, 0}, new Shape(2, 2));
            NDArray logvar = manager.zeros(new Shape(2, 2));
            double mse = (0.25 + 0 + 0.25 + 0 + 0 + 0.25 + 0 + 1) / 8;
            double kl = -0.5 * (-1 - 1 + 0 + 0) / 4;

            VaeLoss loss = new VaeLoss(2, 0.5f, LogvarClamp.NONE);
            float total = loss.evaluate(new NDList(x), new NDList(recon, mu, logvar)).getFloat();

            assertThat(loss.reconstruction(x, recon).getFloat()).isCloseTo((float) mse, within(1e-7f));
            assertThat(total).isCloseTo((float) (mse + 0.5 * kl), within(1e-7f));
            assertThat(loss.withBeta(0).evaluate(new NDList(x), new NDList(recon, mu, logvar)).getFloat())
                    .isCloseTo((float) mse, within(1e-7f));
        }
    }

    @Test
    void clampBoundsLogvarInsideTheKlTerm() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray mu = manager.zeros(new Shape(1, 2));
            NDArray logvar = manager.create(new float[] {40, -40}, new Shape(1, 2));
            // clamped to 10 and −10: −0.5·[(1 + 10 − e^10) + (1 − 10 − e^−10)]
            double expected = -0.5 * ((11 - Math.exp(10)) + (-9 - Math.exp(-10)));

            VaeLoss loss = new VaeLoss(1, 1f, new LogvarClamp(-10, 10));

            assertThat((double) loss.kl(mu, logvar).getFloat()).isCloseTo(expected, within(1e-2));
            assertThat(new VaeLoss(1, 1f, LogvarClamp.NONE).kl(mu, logvar).getFloat()).isGreaterThan(1e16f);
        }
    }
}
