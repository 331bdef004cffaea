package org.ddf.core.flow.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;

/**
 * The decoder's first layers as one affine map of z. The original has no activation after the decoder's input
 * layer, so Linear(2, 1152), the reshape to 128×3×3 and the first transposed convolution are together affine in z:
 * maps(z) = b + z·W, with b = maps(0) and W's rows maps(e_i) − b. The layers therefore run on the latent + 1 basis
 * vectors instead of on every window: 3 maps instead of a batch's N, the same values up to rounding.
 *
 * <p>For inference the map is {@link #fold folded} once and then costs 2·3,200 multiply-adds per window instead of
 * the transposed convolution's 1.3 million; its maps come out channels-last (NHWC in memory), as the frozen
 * convolutions that follow take them. In training it is {@link #evaluate evaluated} from the current parameters
 * at every step, so that the gradients reach them through the basis maps.
 */
final class FoldedDecoderInput {

    private final NDArray weight;
    private final NDArray bias;
    /** (C, H, W) of the maps. */
    private final Shape maps;
    private final boolean channelsLast;

    private FoldedDecoderInput(NDArray weight, NDArray bias, Shape maps, boolean channelsLast) {
        this.weight = weight;
        this.bias = bias;
        this.maps = maps;
        this.channelsLast = channelsLast;
    }

    /**
     * Folds a trained decoder's first layers once, for inference.
     *
     * @param layers the layers, in order; their output must be affine in their input
     * @param latent the dimension of z
     * @param manager the manager that keeps the folded arrays (the model's)
     */
    static FoldedDecoderInput fold(List<Block> layers, int latent, NDManager manager) {
        try (NDScope scope = new NDScope()) {
            FoldedDecoderInput folded = basisMaps(layers, latent, new ParameterStore(manager, false), manager, false,
                    true);
            NDScope.unregister(folded.weight, folded.bias);
            return folded;
        }
    }

    /**
     * The map of the current parameters, for one pass; the result keeps the gradient path to them when
     * {@code training}.
     *
     * @param layers the layers, in order; their output must be affine in their input
     * @param latent the dimension of z
     * @param parameterStore where the parameters come from
     * @param manager the pass's manager, which gets the arrays
     * @param training whether this is a training pass
     */
    static FoldedDecoderInput evaluate(List<Block> layers, int latent, ParameterStore parameterStore,
                                       NDManager manager, boolean training) {
        return basisMaps(layers, latent, parameterStore, manager, training, false);
    }

    private static FoldedDecoderInput basisMaps(List<Block> layers, int latent, ParameterStore parameterStore,
                                                NDManager manager, boolean training, boolean channelsLast) {
        float[] basis = new float[(latent + 1) * latent];
        for (int i = 0; i < latent; i++) {
            basis[(i + 1) * latent + i] = 1;
        }
        NDArray x = manager.create(basis, new Shape(latent + 1, latent));
        for (Block layer : layers) {
            x = layer.forward(parameterStore, new NDList(x), training).singletonOrThrow();
        }
        Shape maps = x.getShape().slice(1);
        NDArray rows = (channelsLast ? x.transpose(0, 2, 3, 1) : x).reshape(latent + 1, -1);
        NDArray bias = rows.get(0);
        return new FoldedDecoderInput(rows.get("1:").sub(bias), bias, maps, channelsLast);
    }

    /** The layers' output for latent vectors z (N, latent): (N, C, H, W), channels-last in memory when folded. */
    NDArray apply(NDArray z) {
        NDArray flat = z.matMul(weight).add(bias);
        return channelsLast
                ? flat.reshape(-1, maps.get(1), maps.get(2), maps.get(0)).transpose(0, 3, 1, 2)
                : flat.reshape(-1, maps.get(0), maps.get(1), maps.get(2));
    }
}
