package org.ddf.core.flow.vae;

import java.util.ArrayList;
import java.util.List;

/**
 * Layer sizes of the DDF convolutional VAE for C×C inputs. At C = 104 this is exactly the original network
 * (seeds-spec §1.2, 928,005 parameters): encoder 104→34→16→7→5→3 (ReLU after every conv), flatten 1152, two
 * Linear(1152, 2) heads; decoder Linear(2, 1152) without activation, reshape 128×3×3, transposed convolutions
 * 3→5→7→16→34→104, sigmoid on the last. For other C only the first convolution and the last transposed
 * convolution change, so that the first layer always maps C → 34 and the last maps 34 → C.
 *
 * @param channels C, the number of links (side of the input matrix), ≥ 2
 */
public record VaeArchitecture(int channels) {

    /** Dimension of the latent space (mu and logvar each). */
    public static final int LATENT = 2;
    /** Side of the first feature map, whatever C is. */
    public static final int FIRST_MAP = 34;
    /** Channels of the 3×3 bottleneck. */
    public static final int BOTTLENECK_CHANNELS = 128;
    /** Side of the bottleneck feature map. */
    public static final int BOTTLENECK_SIZE = 3;

    /** The channel count of the original data set (104 directed ESnet links). */
    public static final int DDF_CHANNELS = 104;

    /** Checks C. */
    public VaeArchitecture {
        if (channels < 2) {
            throw new IllegalArgumentException("channels must be ≥ 2, got " + channels);
        }
    }

    /** The original network, C = 104. */
    public static VaeArchitecture ddf() {
        return new VaeArchitecture(DDF_CHANNELS);
    }

    /**
     * One convolution (encoder) or transposed convolution (decoder), square kernels, same stride on both axes.
     *
     * @param inChannels input channels
     * @param outChannels output channels
     * @param kernel kernel side
     * @param stride stride
     * @param padding zero padding (encoder) or cropping (decoder) on each side
     * @param inputSize side of the input map
     * @param outputSize side of the output map
     */
    public record ConvLayer(int inChannels, int outChannels, int kernel, int stride, int padding, int inputSize,
                            int outputSize) {

        /** Weights plus biases (PyTorch counts the same for a convolution and its transpose). */
        public long parameterCount() {
            return (long) inChannels * outChannels * kernel * kernel + outChannels;
        }
    }

    /** The five encoder convolutions, C → 34 → 16 → 7 → 5 → 3. */
    public List<ConvLayer> encoder() {
        FirstLayer first = firstLayer();
        List<ConvLayer> layers = new ArrayList<>();
        layers.add(conv(1, 32, first.kernel, first.stride, first.padding, channels));
        layers.add(conv(32, 64, 4, 2, 0, FIRST_MAP));
        layers.add(conv(64, 128, 4, 2, 0, 16));
        layers.add(conv(128, 128, 3, 1, 0, 7));
        layers.add(conv(128, BOTTLENECK_CHANNELS, 3, 1, 0, 5));
        return List.copyOf(layers);
    }

    /** The five decoder transposed convolutions, 3 → 5 → 7 → 16 → 34 → C (the encoder mirrored). */
    public List<ConvLayer> decoder() {
        FirstLayer first = firstLayer();
        List<ConvLayer> layers = new ArrayList<>();
        layers.add(convTranspose(BOTTLENECK_CHANNELS, 128, 3, 1, 0, BOTTLENECK_SIZE));
        layers.add(convTranspose(128, 128, 3, 1, 0, 5));
        layers.add(convTranspose(128, 64, 4, 2, 0, 7));
        layers.add(convTranspose(64, 32, 4, 2, 0, 16));
        layers.add(convTranspose(32, 1, first.kernel, first.stride, first.padding, FIRST_MAP));
        return List.copyOf(layers);
    }

    /** Map sides through the encoder: C, 34, 16, 7, 5, 3. */
    public List<Integer> encoderSizes() {
        return sizes(encoder());
    }

    /** Map sides through the decoder: 3, 5, 7, 16, 34, C. */
    public List<Integer> decoderSizes() {
        return sizes(decoder());
    }

    /** Length of the flattened bottleneck, 128·3·3 = 1152. */
    public int flattenSize() {
        return BOTTLENECK_CHANNELS * BOTTLENECK_SIZE * BOTTLENECK_SIZE;
    }

    /** Trainable parameters of the whole VAE (928,005 at C = 104). */
    public long parameterCount() {
        long count = 0;
        for (ConvLayer layer : encoder()) {
            count += layer.parameterCount();
        }
        for (ConvLayer layer : decoder()) {
            count += layer.parameterCount();
        }
        long heads = 2L * ((long) flattenSize() * LATENT + LATENT);
        long decoderInput = (long) LATENT * flattenSize() + flattenSize();
        return count + heads + decoderInput;
    }

    /**
     * The adapted first layer (platform choice). C ≥ 34: stride ⌊C/34⌋, kernel C − 33·stride (never smaller than
     * the stride, so every row and column is read), no padding; C = 104 gives k5 s3, as the original, and C = 132
     * gives k33 s3. 2 ≤ C &lt; 34: stride 1, padding ⌈(34 − C)/2⌉ and the kernel that makes the output 34.
     */
    private FirstLayer firstLayer() {
        if (channels >= FIRST_MAP) {
            int stride = channels / FIRST_MAP;
            return new FirstLayer(channels - (FIRST_MAP - 1) * stride, stride, 0);
        }
        int padding = (FIRST_MAP - channels + 1) / 2;
        return new FirstLayer(1 + 2 * padding - (FIRST_MAP - channels), 1, padding);
    }

    private record FirstLayer(int kernel, int stride, int padding) {
    }

    private static ConvLayer conv(int in, int out, int kernel, int stride, int padding, int inputSize) {
        int outputSize = (inputSize + 2 * padding - kernel) / stride + 1;
        return new ConvLayer(in, out, kernel, stride, padding, inputSize, outputSize);
    }

    private static ConvLayer convTranspose(int in, int out, int kernel, int stride, int padding, int inputSize) {
        int outputSize = (inputSize - 1) * stride - 2 * padding + kernel;
        return new ConvLayer(in, out, kernel, stride, padding, inputSize, outputSize);
    }

    private static List<Integer> sizes(List<ConvLayer> layers) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(layers.get(0).inputSize());
        layers.forEach(layer -> sizes.add(layer.outputSize()));
        return List.copyOf(sizes);
    }
}
