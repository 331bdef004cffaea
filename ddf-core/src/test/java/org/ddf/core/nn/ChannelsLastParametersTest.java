package org.ddf.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class ChannelsLastParametersTest {

    @Test
    void kernelsKeepTheirShapeAndValues() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray kernel = manager.arange(2 * 3 * 4 * 5).toType(DataType.FLOAT32, false).reshape(2, 3, 4, 5);
            NDArray stored = ChannelsLastParameters.channelsLast(kernel);
            assertThat(stored.getShape()).isEqualTo(new Shape(2, 3, 4, 5));
            assertThat(stored.toFloatArray()).containsExactly(kernel.toFloatArray());
            assertThat(stored.get(1, 2, 3, 4).getFloat()).isEqualTo(119f);
            assertThat(stored.get(0, 1, 0, 0).getFloat()).isEqualTo(20f);
        }
    }

    @Test
    void aNetworkComputesTheSameAndTrainingGetsTheParametersThemselves() {
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock net = new SequentialBlock()
                    .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optStride(new Shape(2, 2)).setFilters(8).build())
                    .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(16).build())
                    .add(Blocks.batchFlattenBlock())
                    .add(Linear.builder().setUnits(3).build());
            Shape input = new Shape(4, 5, 17, 17);
            net.initialize(manager, DataType.FLOAT32, input);
            NDArray x = manager.randomUniform(0, 1, input);

            float[] plain = net.forward(new ParameterStore(manager, false), new NDList(x), false).head().toFloatArray();
            ChannelsLastParameters store = new ChannelsLastParameters(manager);
            float[] channelsLast = net.forward(store, new NDList(x), false).head().toFloatArray();

            assertThat(channelsLast).hasSameSizeAs(plain);
            for (int i = 0; i < plain.length; i++) {
                assertThat(channelsLast[i]).isCloseTo(plain[i], offset(1e-5f));
            }
            Parameter kernel = net.getParameters().valueAt(0);
            assertThat(store.getValue(kernel, x.getDevice(), true)).isSameAs(kernel.getArray());
            assertThat(store.getValue(kernel, x.getDevice(), false)).isNotSameAs(kernel.getArray())
                    .isSameAs(store.getValue(kernel, x.getDevice(), false));
        }
    }
}
