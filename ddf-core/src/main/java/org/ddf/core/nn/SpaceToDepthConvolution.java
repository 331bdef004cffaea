package org.ddf.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A strided, unpadded convolution computed as a stride-1 convolution of the input rearranged space-to-depth: each
 * s×s block of pixels becomes s² channels, and the k×k kernel, padded to a multiple of s, becomes an ⌈k/s⌉×⌈k/s⌉
 * kernel over those channels. The sums are the same (padded taps are zero), but libtorch's stride-1 kernels compute
 * the weight gradient of a one-channel, stride-3 input several times faster than the strided convolution does
 * (docs/benchmarks.md).
 */
public final class SpaceToDepthConvolution {

    private SpaceToDepthConvolution() {
    }

    /**
     * The same result as {@code Conv2d.conv2d(x, weight, bias, (s, s), (0, 0))}.
     *
     * @param x input (N, in, H, W)
     * @param weight kernel (out, in, k, k)
     * @param bias bias (out)
     * @param stride s, ≥ 1
     * @return (N, out, (H − k) / s + 1, (W − k) / s + 1)
     */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray bias, int stride) {
        if (stride == 1) {
            return Conv2d.conv2d(x, weight, bias).singletonOrThrow();
        }
        Shape in = x.getShape();
        long k = weight.getShape().get(2);
        long blocks = (k + stride - 1) / stride;
        long outH = (in.get(2) - k) / stride + 1;
        long outW = (in.get(3) - k) / stride + 1;
        NDArray input = toSize(x, (outH - 1 + blocks) * stride, (outW - 1 + blocks) * stride);
        NDArray kernel = weight.pad(new Shape(0, blocks * stride - k, 0, blocks * stride - k), 0);
        return Conv2d.conv2d(blocks(input, stride), blocks(kernel, stride), bias).singletonOrThrow();
    }

    /** Crops or zero-pads the input at its bottom and right to height × width; cropped values are never read. */
    private static NDArray toSize(NDArray x, long height, long width) {
        Shape in = x.getShape();
        NDArray cropped = in.get(2) > height || in.get(3) > width
                ? x.get(":, :, :{}, :{}", Math.min(in.get(2), height), Math.min(in.get(3), width))
                : x;
        long padH = height - cropped.getShape().get(2);
        long padW = width - cropped.getShape().get(3);
        return padH == 0 && padW == 0 ? cropped : cropped.pad(new Shape(0, padW, 0, padH), 0);
    }

    /** (N, C, H·s, W·s) → (N, C·s², H, W): channel c·s² + i·s + j holds the values at offset (i, j) of each block. */
    private static NDArray blocks(NDArray x, int stride) {
        Shape s = x.getShape();
        long h = s.get(2) / stride;
        long w = s.get(3) / stride;
        return x.reshape(s.get(0), s.get(1), h, stride, w, stride)
                .transpose(0, 1, 3, 5, 2, 4)
                .reshape(s.get(0), s.get(1) * stride * stride, h, w);
    }
}
