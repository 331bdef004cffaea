package org.ddf.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * PyTorch's {@code ConvTranspose2d} (square kernel, same stride on both axes) as a DJL block. DJL's own
 * {@code Conv2dTranspose} cannot run forward on the PyTorch engine, so this block uses the sub-pixel (phase)
 * decomposition: output row {@code q·s + r} only sees kernel taps {@code r, r + s, …}, so each of the s² output
 * phases is an ordinary stride-1 convolution of the un-inflated input. All phases run as ONE convolution with
 * s²·out channels and are then interleaved (pixel shuffle). Unlike zero insertion this does no multiply-adds on
 * zeros (9× fewer for k5 s3).
 *
 * <p>The weight has PyTorch's layout {@code (in, out, k, k)}, so weights port unchanged, and PyTorch's default
 * initialisation. Output size: {@code (n − 1)·s − 2·padding + k + outputPadding}.
 *
 * <p>Rearranging the weight into the phase kernel costs more than the convolution itself for one window (1–3 ms
 * against 0.2–1 ms per layer, docs/benchmarks.md), so a block whose weights no longer change can be
 * {@link #freeze() frozen}: the phase kernel is then built once and inference reuses it.
 */
public final class ConvTranspose2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int outputPadding;
    private final Parameter weight;
    private final Parameter bias;
    private NDArray frozenWeight;
    private NDArray frozenBias;

    /**
     * Creates the block; the number of input channels is taken from the first input.
     *
     * @param outChannels output channels, ≥ 1
     * @param kernel kernel size k, ≥ 1
     * @param stride stride s, ≥ 1
     * @param padding rows and columns cropped from each side of the full output, ≥ 0
     * @param outputPadding extra rows and columns at the end of the output, 0 ≤ outputPadding &lt; stride
     *                      (as in PyTorch)
     */
    public ConvTranspose2d(int outChannels, int kernel, int stride, int padding, int outputPadding) {
        super(VERSION);
        requireAtLeast("outChannels", outChannels, 1);
        requireAtLeast("kernel", kernel, 1);
        requireAtLeast("stride", stride, 1);
        requireAtLeast("padding", padding, 0);
        if (outputPadding < 0 || outputPadding >= stride) {
            throw new IllegalArgumentException(
                    "outputPadding must be in [0, stride=" + stride + "), got " + outputPadding);
        }
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        UniformInitializer init = new UniformInitializer(TorchDefaultInit.bound((long) outChannels * kernel * kernel));
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(init).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optInitializer(init).build());
    }

    /** Output size along one axis for an input of {@code inputSize}. */
    public int outputSize(int inputSize) {
        return (inputSize - 1) * stride - 2 * padding + kernel + outputPadding;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(inputShapes[0].get(1), outChannels, kernel, kernel));
        bias.setShape(new Shape(outChannels));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        int height = outputSize((int) in.get(2));
        int width = outputSize((int) in.get(3));
        return new Shape[] {new Shape(in.get(0), outChannels, height, width)};
    }

    /**
     * Builds the phase kernel from the current weights once, stored channels-last as
     * {@link ChannelsLastParameters} stores the other kernels, and uses it for every later inference pass. Call it
     * when the weights are final (a trained or loaded model); a frozen block refuses to train.
     *
     * @throws IllegalStateException before the block is initialised
     */
    public void freeze() {
        if (!weight.isInitialized()) {
            throw new IllegalStateException("initialise the block before freezing it");
        }
        NDArray w = weight.getArray();
        NDArray b = bias.getArray();
        NDArray[] kernel;
        try (NDScope scope = new NDScope()) {
            kernel = phaseKernel(w, b);
            for (NDArray a : kernel) {
                if (a != b) {
                    NDScope.unregister(a);
                }
            }
        }
        frozenWeight = ChannelsLastParameters.channelsLast(kernel[0]);
        frozenBias = kernel[1];
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (frozenWeight != null && training) {
            throw new IllegalStateException("this ConvTranspose2d is frozen for inference and cannot train");
        }
        NDArray[] kernelOf = frozenWeight != null ? new NDArray[] {frozenWeight, frozenBias}
                : currentKernel(parameterStore, x, training);
        NDArray phaseWeight = kernelOf[0];
        NDArray phaseBias = kernelOf[1];
        int phaseKernel = (kernel + stride - 1) / stride;
        long outH = outputSize((int) x.getShape().get(2));
        long outW = outputSize((int) x.getShape().get(3));
        NDArray input = padToCover(x, phaseKernel, outH, outW);
        NDArray phases = Conv2d.conv2d(input, phaseWeight, phaseBias, new Shape(1, 1),
                new Shape(phaseKernel - 1, phaseKernel - 1)).singletonOrThrow();
        NDArray full = stride == 1 ? phases
                : frozenWeight != null ? interleaveChannelsLast(phases) : interleave(phases);
        boolean exact = padding == 0 && full.getShape().get(2) == outH && full.getShape().get(3) == outW;
        return new NDList(exact ? full
                : full.get(new NDIndex(":, :, {}:{}, {}:{}", padding, padding + outH, padding, padding + outW)));
    }

    /** The phase kernel of the current weights, owned by the input's manager. */
    private NDArray[] currentKernel(ParameterStore parameterStore, NDArray x, boolean training) {
        NDArray w = parameterStore.getValue(weight, x.getDevice(), training);
        NDArray b = parameterStore.getValue(bias, x.getDevice(), training);
        // Ops on the parameters attach their results to the model's manager: make them in a scope and hand the two
        // results to the input's manager, so that a training step frees them with its own arrays.
        try (NDScope scope = new NDScope()) {
            NDArray[] kernel = phaseKernel(w, b);
            for (NDArray a : kernel) {
                if (a != b) {
                    NDScope.unregister(a);
                    a.attach(x.getManager());
                }
            }
            return kernel;
        }
    }

    /** The phase convolution's weight and bias (the bias itself when s = 1). */
    private NDArray[] phaseKernel(NDArray w, NDArray b) {
        int phaseKernel = (kernel + stride - 1) / stride;
        return new NDArray[] {phaseWeight(w, phaseKernel), stride == 1 ? b : b.tile(stride * stride)};
    }

    /**
     * Rearranges the (in, out, k, k) weight into the (s²·out, in, kk, kk) kernel of the phase convolution,
     * kk = ⌈k / s⌉: tap m·s + r goes to phase r (missing taps are zero), flipped because conv2d correlates.
     */
    private NDArray phaseWeight(NDArray w, int phaseKernel) {
        long in = w.getShape().get(0);
        int missing = phaseKernel * stride - kernel;
        NDArray padded = missing == 0 ? w : w.pad(new Shape(0, missing, 0, missing), 0);
        return padded.reshape(in, outChannels, phaseKernel, stride, phaseKernel, stride)
                .transpose(3, 5, 1, 0, 2, 4)
                .flip(4, 5)
                .reshape((long) stride * stride * outChannels, in, phaseKernel, phaseKernel);
    }

    /**
     * Appends zero rows/columns to the input when the output (after cropping {@code padding} and adding
     * {@code outputPadding}) reaches beyond the phase grid; zero inputs add nothing, so those outputs are the bias,
     * as in PyTorch.
     */
    private NDArray padToCover(NDArray x, int phaseKernel, long outH, long outW) {
        long extraH = extraInputs(x.getShape().get(2), phaseKernel, outH);
        long extraW = extraInputs(x.getShape().get(3), phaseKernel, outW);
        return extraH == 0 && extraW == 0 ? x : x.pad(new Shape(0, extraW, 0, extraH), 0);
    }

    private long extraInputs(long inputSize, int phaseKernel, long outputSize) {
        long covered = (inputSize + phaseKernel - 1) * stride;
        long needed = padding + outputSize;
        return needed <= covered ? 0 : (needed - covered + stride - 1) / stride;
    }

    /** (N, s·s·out, H, W) phase maps → (N, out, H·s, W·s): output (q·s + r1, p·s + r2) from phase (r1, r2). */
    private NDArray interleave(NDArray phases) {
        Shape shape = phases.getShape();
        long n = shape.get(0);
        long h = shape.get(2);
        long w = shape.get(3);
        return phases.reshape(n, stride, stride, outChannels, h, w)
                .transpose(0, 3, 4, 1, 5, 2)
                .reshape(n, outChannels, h * stride, w * stride);
    }

    /**
     * The same interleaving for phase maps laid out channels-last, as the frozen kernel's convolution returns them:
     * the copy then moves whole runs of channels, and the result is channels-last as well, so the next convolution
     * (whose kernel is channels-last) takes it without first converting it.
     */
    private NDArray interleaveChannelsLast(NDArray phases) {
        Shape shape = phases.getShape();
        long n = shape.get(0);
        long h = shape.get(2);
        long w = shape.get(3);
        return phases.transpose(0, 2, 3, 1)
                .reshape(n, h, w, stride, stride, outChannels)
                .transpose(0, 1, 3, 2, 4, 5)
                .reshape(n, h * stride, w * stride, outChannels)
                .transpose(0, 3, 1, 2);
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be ≥ " + min + ", got " + value);
        }
    }
}
