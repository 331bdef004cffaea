package org.ddf.core.flow.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Turns windows of a flat {@code N·C·C} float array into (b, 1, C, C) tensors through one reused direct buffer, so
 * that a training or inference loop allocates no memory per batch (a direct buffer per call is only freed by the
 * garbage collector, and reaching the direct-memory limit forces a full collection). DJL wraps a direct buffer
 * without copying: a tensor made here is only valid until the next call, so close it (its manager) before then.
 */
final class WindowBatches {

    private final int channels;
    private final int maxBatch;
    private final int windowSize;
    private final ByteBuffer bytes;
    private final FloatBuffer floats;

    /**
     * @param channels C
     * @param maxBatch the largest batch that will be asked for
     */
    WindowBatches(int channels, int maxBatch) {
        this.channels = channels;
        this.maxBatch = maxBatch;
        this.windowSize = channels * channels;
        bytes = ByteBuffer.allocateDirect(maxBatch * windowSize * Float.BYTES).order(ByteOrder.nativeOrder());
        floats = bytes.asFloatBuffer();
    }

    /** The largest batch this buffer holds. */
    int maxBatch() {
        return maxBatch;
    }

    /** Windows {@code order[from..to)} of {@code values} (N·C·C floats) as one tensor in {@code manager}. */
    NDArray gather(NDManager manager, float[] values, int[] order, int from, int to) {
        floats.clear();
        for (int i = from; i < to; i++) {
            floats.put(values, order[i] * windowSize, windowSize);
        }
        return wrap(manager, to - from);
    }

    /** Windows {@code from..to)} (consecutive) of {@code values} as one tensor in {@code manager}. */
    NDArray range(NDManager manager, float[] values, int from, int to) {
        floats.clear();
        floats.put(values, from * windowSize, (to - from) * windowSize);
        return wrap(manager, to - from);
    }

    private NDArray wrap(NDManager manager, int count) {
        bytes.position(0).limit(count * windowSize * Float.BYTES);
        return manager.create(bytes, new Shape(count, 1, channels, channels), DataType.FLOAT32);
    }
}
