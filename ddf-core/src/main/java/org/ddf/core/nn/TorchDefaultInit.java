package org.ddf.core.nn;

import ai.djl.nn.Block;
import ai.djl.training.initializer.UniformInitializer;

/**
 * PyTorch's default initialisation of convolution and linear layers, so that DJL models start where the PyTorch
 * originals start: {@code kaiming_uniform(a = √5)} for weights and the same bound for biases, both amounting to
 * U(−1/√fanIn, 1/√fanIn). DJL's own default (He-normal weights, zero biases) trains differently at lr 0.01.
 */
public final class TorchDefaultInit {

    private TorchDefaultInit() {
    }

    /**
     * Sets every parameter of {@code block} (weights and biases) to U(−1/√fanIn, 1/√fanIn).
     *
     * @param block a convolution or linear block, not yet initialised
     * @param fanIn PyTorch's fan-in: in·k·k for a convolution, in-features for a linear layer, and out·k·k for a
     *              transposed convolution (PyTorch reads it from the weight's second dimension)
     * @return the same block, for chaining
     */
    public static <B extends Block> B apply(B block, long fanIn) {
        if (fanIn < 1) {
            throw new IllegalArgumentException("fanIn must be positive, got " + fanIn);
        }
        block.setInitializer(new UniformInitializer(bound(fanIn)), parameter -> true);
        return block;
    }

    /** The bound 1/√fanIn of the uniform distribution. */
    public static float bound(long fanIn) {
        return (float) (1.0 / Math.sqrt(fanIn));
    }
}
