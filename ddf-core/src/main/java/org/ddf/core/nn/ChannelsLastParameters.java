package org.ddf.core.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inference parameters with every convolution kernel stored channels-last (NHWC in memory, shape unchanged).
 * libtorch then runs each convolution channels-last and hands channels-last activations to the next one, which its
 * oneDNN kernels do faster than with the default layout (docs/benchmarks.md). The copies are made once per
 * parameter; training passes get the parameters themselves.
 */
public final class ChannelsLastParameters extends ParameterStore {

    private final Map<String, NDArray> kernels = new ConcurrentHashMap<>();

    /** A store over the parameters of a model held by {@code manager}. */
    public ChannelsLastParameters(NDManager manager) {
        super(manager, false);
    }

    @Override
    public NDArray getValue(Parameter parameter, Device device, boolean training) {
        NDArray value = super.getValue(parameter, device, training);
        if (training || value.getShape().dimension() != 4) {
            return value;
        }
        return kernels.computeIfAbsent(parameter.getId(), id -> channelsLast(value));
    }

    /**
     * The same (O, I, H, W) values laid out as (O, H, W, I) in memory: DJL has no memory-format call, but flattening
     * a permuted view copies in the permuted order, and permuting back gives libtorch's channels-last strides.
     */
    static NDArray channelsLast(NDArray kernel) {
        Shape s = kernel.getShape();
        try (NDScope scope = new NDScope()) {
            // The view keeps the copy's storage alive when the scope closes the copy's handle.
            NDArray result = kernel.transpose(0, 2, 3, 1).flatten().reshape(s.get(0), s.get(2), s.get(3), s.get(1))
                    .transpose(0, 3, 1, 2);
            NDScope.unregister(result);
            return result;
        }
    }
}
