package org.ddf.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaceToDepthConvolutionTest {

    @ParameterizedTest(name = "in {0}, {1}×{2}, k{3} s{4}")
    @CsvSource({
            "1, 104, 104, 5,  3",   // the DDF encoder's first layer: input padded to 105
            "1, 132, 132, 33, 3",   // C = 132: the input is exactly covered
            "2, 11,  13,  3,  3",   // rows and columns never read are cropped, and the map is not square
            "3, 9,   9,   4,  2",
            "2, 7,   7,   3,  1"})  // stride 1 is the plain convolution
    void givesTheStridedConvolutionAndItsGradients(int in, int height, int width, int kernel, int stride) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            NDArray x = manager.randomUniform(0, 1, new Shape(2, in, height, width));
            NDArray weight = manager.randomNormal(new Shape(4, in, kernel, kernel));
            NDArray bias = manager.randomNormal(new Shape(4));
            NDArray upstream = manager.randomNormal(Conv2d.conv2d(x, weight, bias, new Shape(stride, stride),
                    new Shape(0, 0)).singletonOrThrow().getShape());

            Gradients plain = Gradients.of(x, weight, bias, upstream, (w) -> Conv2d.conv2d(x, w[0], w[1],
                    new Shape(stride, stride), new Shape(0, 0)).singletonOrThrow());
            Gradients spaceToDepth = Gradients.of(x, weight, bias, upstream,
                    (w) -> SpaceToDepthConvolution.conv2d(x, w[0], w[1], stride));

            // float sums in another order: equal to about 1e-6 of the largest value (a misplaced tap would be off by
            // the order of the values themselves)
            assertThat(maxDifference(spaceToDepth.output, plain.output)).isLessThan(1e-5f * maxAbs(plain.output));
            assertThat(maxDifference(spaceToDepth.weight, plain.weight)).isLessThan(1e-5f * maxAbs(plain.weight));
            assertThat(maxDifference(spaceToDepth.bias, plain.bias)).isLessThan(1e-5f * maxAbs(plain.bias));
        }
    }

    private static float maxDifference(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        float max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The output and the gradients of sum(output · upstream) with respect to the weight and the bias. */
    private record Gradients(float[] output, float[] weight, float[] bias) {

        static Gradients of(NDArray x, NDArray weight, NDArray bias, NDArray upstream,
                            Function<NDArray[], NDArray> convolution) {
            NDArray w = weight.duplicate();
            NDArray b = bias.duplicate();
            w.setRequiresGradient(true);
            b.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = convolution.apply(new NDArray[] {w, b});
                collector.backward(y.mul(upstream).sum());
                return new Gradients(y.toFloatArray(), w.getGradient().toFloatArray(), b.getGradient().toFloatArray());
            }
        }
    }
}
