package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.function.Function;
import org.ddf.core.nn.ConvTranspose2d;
import org.junit.jupiter.api.Test;

class FoldedDecoderInputTest {

    private static final int LATENT = 2;

    @Test
    void trainsTheSameLayersAsRunningThemOnEveryWindow() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray z = manager.randomNormal(new Shape(6, LATENT)).mul(3);
            NDArray upstream = manager.randomNormal(new Shape(6, 4, 5, 5));
            ParameterStore parameters = new ParameterStore(manager, false);
            // two copies of the same layers, so that neither pass adds to the other's gradients
            List<Block> layers = decoderInput(manager, 5);
            List<Block> copy = decoderInput(manager, 5);

            Gradients direct = Gradients.of(copy, z, upstream, latent -> {
                NDArray x = latent;
                for (Block layer : copy) {
                    x = layer.forward(parameters, new NDList(x), true).singletonOrThrow();
                }
                return x;
            });
            Gradients affine = Gradients.of(layers, z, upstream, latent ->
                    FoldedDecoderInput.evaluate(layers, LATENT, parameters, latent.getManager(), true).apply(latent));

            assertThat(affine.output).containsExactly(direct.output, within(1e-4f));
            for (int i = 0; i < direct.parameters.length; i++) {
                assertThat(affine.parameters[i]).as("parameter " + i).containsExactly(direct.parameters[i],
                        within(1e-3f));
            }
            assertThat(affine.latent).containsExactly(direct.latent, within(1e-3f));
        }
    }

    @Test
    void foldedOnceItGivesTheLayersOutput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            List<Block> layers = decoderInput(manager, 6);
            NDArray z = manager.randomNormal(new Shape(3, LATENT)).mul(3);
            ParameterStore parameters = new ParameterStore(manager, false);
            NDArray direct = z;
            for (Block layer : layers) {
                direct = layer.forward(parameters, new NDList(direct), false).singletonOrThrow();
            }

            NDArray folded = FoldedDecoderInput.fold(layers, LATENT, manager).apply(z);

            assertThat(folded.getShape()).isEqualTo(direct.getShape());
            assertThat(folded.toFloatArray()).containsExactly(direct.toFloatArray(), within(1e-4f));
        }
    }

    /** A small decoder input, seeded: Linear(2, 3·3·3), reshape to 3×3×3, transposed convolution to 4×5×5. */
    private static List<Block> decoderInput(NDManager manager, int seed) {
        Engine.getInstance().setRandomSeed(seed);
        Linear linear = Linear.builder().setUnits(27).build();
        linear.initialize(manager, DataType.FLOAT32, new Shape(1, LATENT));
        Block reshape = LambdaBlock.singleton(x -> x.reshape(-1, 3, 3, 3));
        ConvTranspose2d convolution = new ConvTranspose2d(4, 3, 1, 0, 0);
        convolution.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 3, 3));
        return List.of(linear, reshape, convolution);
    }

    /** The output and the gradients of sum(output · upstream) with respect to every parameter and to z. */
    private record Gradients(float[] output, float[][] parameters, float[] latent) {

        static Gradients of(List<Block> layers, NDArray z, NDArray upstream, Function<NDArray, NDArray> forward) {
            List<NDArray> arrays = layers.stream()
                    .flatMap(layer -> layer.getParameters().values().stream())
                    .map(parameter -> parameter.getArray()).toList();
            arrays.forEach(array -> array.setRequiresGradient(true));
            NDArray latent = z.duplicate();
            latent.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = forward.apply(latent);
                collector.backward(y.mul(upstream).sum());
                float[][] gradients = arrays.stream().map(a -> a.getGradient().toFloatArray()).toArray(float[][]::new);
                return new Gradients(y.toFloatArray(), gradients, latent.getGradient().toFloatArray());
            }
        }
    }
}
