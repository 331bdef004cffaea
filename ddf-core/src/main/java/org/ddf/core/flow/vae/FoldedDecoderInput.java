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
 * The first layers of a trained decoder folded into one affine map of z, for inference. The original has no
 * activation after the decoder's input layer, so Linear(2, 1152), the reshape to 128×3×3 and the first transposed
 * convolution are together affine in z: maps(z) = b + z·W, with b = maps(0) and W's rows maps(e_i) − b. Evaluating
 * that takes 2·3,200 multiply-adds per window instead of the transposed convolution's 1.3 million. The maps come out
 * channels-last (NHWC in memory), as the frozen convolutions that follow take them.
 */
final class FoldedDecoderInput {

    private final NDArray weight;
    private final NDArray bias;
    /** (C, H, W) of the maps. */
    private final Shape maps;

    private FoldedDecoderInput(NDArray weight, NDArray bias, Shape maps) {
        this.weight = weight;
        this.bias = bias;
        this.maps = maps;
    }

    /**
     * Folds layers that are affine in z together by running them on z = 0 and on each unit vector.
     *
     * @param layers the layers, in order; their output must be affine in their input
     * @param latent the dimension of z
     * @param manager the manager that keeps the folded arrays (the model's)
     */
    static FoldedDecoderInput fold(List<Block> layers, int latent, NDManager manager) {
        float[] basis = new float[(latent + 1) * latent];
        for (int i = 0; i < latent; i++) {
            basis[(i + 1) * latent + i] = 1;
        }
        try (NDScope scope = new NDScope()) {
            NDArray x = manager.create(basis, new Shape(latent + 1, latent));
            ParameterStore parameters = new ParameterStore(manager, false);
            for (Block layer : layers) {
                x = layer.forward(parameters, new NDList(x), false).singletonOrThrow();
            }
            Shape maps = x.getShape().slice(1);
            NDArray rows = x.transpose(0, 2, 3, 1).reshape(latent + 1, -1);
            NDArray bias = rows.get(0);
            NDArray weight = rows.get("1:").sub(bias);
            NDScope.unregister(bias, weight);
            return new FoldedDecoderInput(weight, bias, maps);
        }
    }

    /** The folded layers' output for latent vectors z (N, latent): (N, C, H, W), channels-last in memory. */
    NDArray apply(NDArray z) {
        return z.matMul(weight).add(bias).reshape(-1, maps.get(1), maps.get(2), maps.get(0)).transpose(0, 3, 1, 2);
    }
}
