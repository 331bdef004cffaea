package org.ddf.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConvTranspose2dTest {

    @ParameterizedTest(name = "cin {0} cout {1} k{2} s{3} p{4} op{5}: {6} -> {7}")
    @CsvSource({
            "32, 1,   5, 3, 0, 0, 34, 104",
            "64, 32,  4, 2, 0, 0, 16, 34",
            "128, 64, 4, 2, 0, 0, 7,  16",
            "128, 128, 3, 1, 0, 0, 3, 5",
            "3, 4,    4, 3, 2, 1, 6,  16",
            "2, 3,    4, 2, 0, 1, 5,  13",
            "3, 2,    3, 1, 2, 0, 6,  4"})
    void matchesTheNaiveDefinition(int cin, int cout, int k, int s, int p, int op, int in, int out) {
        try (NDManager manager = NDManager.newBaseManager()) {
            ConvTranspose2d block = new ConvTranspose2d(cout, k, s, p, op);
            Shape inputShape = new Shape(2, cin, in, in);
            block.initialize(manager, DataType.FLOAT32, inputShape);
            assertThat(block.getOutputShapes(new Shape[] {inputShape})[0]).isEqualTo(new Shape(2, cout, out, out));

            Random random = new Random(7);
            float[] x = new float[2 * cin * in * in];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextFloat();
            }
            float[] w = block.getParameters().get("weight").getArray().toFloatArray();
            float[] b = block.getParameters().get("bias").getArray().toFloatArray();
            float[] expected = naive(x, w, b, 2, cin, cout, in, k, s, p, out);
            NDList input = new NDList(manager.create(x, inputShape));
            ParameterStore parameters = new ParameterStore(manager, false);

            NDArray y = block.forward(parameters, input, false).singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(2, cout, out, out));
            assertThat(maxDiff(expected, y.toFloatArray())).isLessThanOrEqualTo(1e-5);

            block.freeze();
            NDArray frozen = block.forward(parameters, input, false).singletonOrThrow();
            assertThat(frozen.getShape()).isEqualTo(new Shape(2, cout, out, out));
            assertThat(maxDiff(expected, frozen.toFloatArray())).isLessThanOrEqualTo(1e-5);
            assertThatThrownBy(() -> block.forward(parameters, input, true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("frozen");
        }
    }

    private static double maxDiff(float[] expected, float[] actual) {
        double maxDiff = 0;
        for (int i = 0; i < expected.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(expected[i] - actual[i]));
        }
        return maxDiff;
    }

    @Test
    void gradientsReachWeightAndBias() {
        Engine.getInstance().setRandomSeed(3);
        try (NDManager manager = NDManager.newBaseManager();
             Model teacherModel = Model.newInstance("teacher");
             Model model = Model.newInstance("student")) {
            Shape shape = new Shape(8, 2, 4, 4);
            NDArray x = manager.randomUniform(0, 1, shape);
            ConvTranspose2d teacher = new ConvTranspose2d(3, 3, 2, 1, 1);
            teacherModel.setBlock(teacher);
            teacher.initialize(manager, DataType.FLOAT32, shape);
            NDArray target = teacher.forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow();

            model.setBlock(new ConvTranspose2d(3, 3, 2, 1, 1));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.05f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(shape);
                float first = Float.NaN;
                float last = Float.NaN;
                for (int step = 0; step < 60; step++) {
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray loss = trainer.getLoss().evaluate(new NDList(target), trainer.forward(new NDList(x)));
                        collector.backward(loss);
                        last = loss.getFloat();
                        first = step == 0 ? last : first;
                    }
                    trainer.step();
                }
                assertThat(last).isLessThan(first / 20);
            }
        }
    }

    @Test
    void rejectsOutputPaddingNotBelowStride() {
        assertThatThrownBy(() -> new ConvTranspose2d(1, 3, 2, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outputPadding");
    }

    /** ConvTranspose2d by its definition: every input pixel scatters the kernel into the output. */
    private static float[] naive(float[] x, float[] w, float[] b, int n, int cin, int cout, int in, int k, int s,
                                 int p, int out) {
        float[] y = new float[n * cout * out * out];
        for (int ni = 0; ni < n; ni++) {
            for (int co = 0; co < cout; co++) {
                for (int i = 0; i < out * out; i++) {
                    y[((ni * cout + co) * out * out) + i] = b[co];
                }
                for (int ci = 0; ci < cin; ci++) {
                    for (int iy = 0; iy < in; iy++) {
                        for (int ix = 0; ix < in; ix++) {
                            float v = x[((ni * cin + ci) * in + iy) * in + ix];
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int oy = iy * s + ky - p;
                                    int ox = ix * s + kx - p;
                                    if (oy >= 0 && oy < out && ox >= 0 && ox < out) {
                                        y[((ni * cout + co) * out + oy) * out + ox] +=
                                                v * w[((ci * cout + co) * k + ky) * k + kx];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return y;
    }
}
