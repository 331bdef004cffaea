package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;

class VaeBlockTest {

    @Test
    void hasTheOriginalShapesAndParameterCount() {
        try (NDManager manager = NDManager.newBaseManager()) {
            VaeBlock block = new VaeBlock(VaeArchitecture.ddf());
            Shape input = new Shape(3, 1, 104, 104);
            block.initialize(manager, DataType.FLOAT32, input);

            long count = 0;
            for (Pair<String, Parameter> parameter : block.getParameters()) {
                count += parameter.getValue().getArray().size();
            }
            assertThat(count).isEqualTo(928_005);

            NDList out = block.forward(new ParameterStore(manager, false),
                    new NDList(manager.randomUniform(0, 1, input)), false);
            assertThat(out.get(0).getShape()).isEqualTo(input);
            assertThat(out.get(1).getShape()).isEqualTo(new Shape(3, 2));
            assertThat(out.get(2).getShape()).isEqualTo(new Shape(3, 2));
            float[] recon = out.get(0).toFloatArray();
            for (float v : recon) {
                assertThat(v).isBetween(0f, 1f);
            }
        }
    }

    @Test
    void adaptedNetworksReturnTheirInputSize() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int c : new int[] {20, 132}) {
                VaeBlock block = new VaeBlock(new VaeArchitecture(c));
                Shape input = new Shape(2, 1, c, c);
                block.initialize(manager, DataType.FLOAT32, input);
                NDArray recon = block.forward(new ParameterStore(manager, false),
                        new NDList(manager.randomUniform(0, 1, input)), false).get(0);
                assertThat(recon.getShape()).isEqualTo(input);
            }
        }
    }

    @Test
    void startsFromPyTorchDefaultInitialisation() {
        // fan-in of each layer in parameter order: 5 convs, fc_mu, fc_logvar, decoder input, 5 transposed convs
        long[] fanIns = {25, 512, 1024, 1152, 1152, 1152, 1152, 2, 1152, 1152, 1024, 512, 25};
        Engine.getInstance().setRandomSeed(1);
        try (NDManager manager = NDManager.newBaseManager()) {
            VaeBlock block = new VaeBlock(VaeArchitecture.ddf());
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 104, 104));
            var parameters = block.getParameters();
            assertThat(parameters.size()).isEqualTo(2 * fanIns.length);
            for (int i = 0; i < parameters.size(); i++) {
                NDArray values = parameters.get(i).getValue().getArray();
                float bound = (float) (1 / Math.sqrt(fanIns[i / 2]));
                float largest = values.abs().max().getFloat();
                assertThat(largest).as(parameters.get(i).getKey()).isLessThanOrEqualTo(bound);
                if (values.size() >= 100 || i == 1) {
                    // uniform over the whole range, and biases are not DJL's zeros
                    assertThat(largest).as(parameters.get(i).getKey()).isGreaterThan(0.5f * bound);
                }
            }
        }
    }

    @Test
    void samplesInTrainingAndUsesTheMeanAtInference() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Seeded vae = Seeded.vae(manager, 5, 2);

            NDArray inference1 = vae.reconstruction(false);
            NDArray inference2 = vae.reconstruction(false);
            NDArray training = vae.reconstruction(true);

            assertThat(inference1.toFloatArray()).containsExactly(inference2.toFloatArray());
            assertThat(training.sub(inference1).abs().max().getFloat()).isGreaterThan(0f);
        }
    }

    @Test
    void encodesAlikeInTrainingWhereTheFirstConvolutionRunsSpaceToDepth() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Seeded vae = Seeded.vae(manager, 13, 3);

            NDList training = vae.block().encode(vae.store(), vae.x(), true);
            NDList inference = vae.block().encode(vae.store(), vae.x(), false);

            for (int i = 0; i < 2; i++) {
                assertThat(training.get(i).toFloatArray()).containsExactly(inference.get(i).toFloatArray(),
                        within(1e-5f));
            }
        }
    }

    @Test
    void aFrozenBlockGivesTheSameOutputsAndRefusesToTrain() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Seeded vae = Seeded.vae(manager, 11, 3);
            // latent vectors far apart, so that the decoder's output depends on them
            NDArray z = manager.create(new float[] {0, 0, 40, -25, -60, 35}, new Shape(3, 2));

            float[] before = vae.reconstruction(false).toFloatArray();
            float[] decodedBefore = vae.decode(z).toFloatArray();
            vae.block().freeze();
            float[] after = vae.reconstruction(false).toFloatArray();
            NDArray decodedAfter = vae.decode(z);

            assertThat(after).containsExactly(before, within(1e-5f));
            assertThat(decodedAfter.toFloatArray()).containsExactly(decodedBefore, within(1e-5f));
            assertThat(decodedAfter.get(1).sub(decodedAfter.get(2)).abs().max().getFloat()).isGreaterThan(1e-2f);
            assertThatThrownBy(() -> vae.reconstruction(true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("frozen");
        }
    }

    /** The original network initialised from the engine's generator with a given seed, and a random batch x. */
    private record Seeded(VaeBlock block, ParameterStore store, NDArray x) {

        static Seeded vae(NDManager manager, int seed, int windows) {
            Engine.getInstance().setRandomSeed(seed);
            VaeBlock block = new VaeBlock(VaeArchitecture.ddf());
            Shape input = new Shape(windows, 1, 104, 104);
            block.initialize(manager, DataType.FLOAT32, input);
            return new Seeded(block, new ParameterStore(manager, false), manager.randomUniform(0, 1, input));
        }

        NDArray reconstruction(boolean training) {
            return block.forward(store, new NDList(x), training).get(0);
        }

        NDArray decode(NDArray z) {
            return block.decode(store, z, false);
        }
    }
}
