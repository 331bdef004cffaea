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
 * that a training or inference loop allocates no Java-side memory per batch. DJL wraps a direct buffer without
 * copying: a tensor made here is only valid until the next call, so close it (its manager) before then.
 */
final class WindowBatches {

    private final float[] values;
    private final int channels;
    private final int windowSize;
    private final ByteBuffer bytes;
    private final FloatBuffer floats;

    /**
     * @param values N·C·C floats, window after window
     * @param channels C
     * @param maxBatch the largest batch that will be asked for
     */
    WindowBatches(float[] values, int channels, int maxBatch) {
        this.values = values;
        this.channels = channels;
        this.windowSize = channels * channels;
        bytes = ByteBuffer.allocateDirect(maxBatch * windowSize * Float.BYTES).order(ByteOrder.nativeOrder());
        floats = bytes.asFloatBuffer();
    }

    /** Windows {@code order[from..to)} as one tensor in {@code manager}. */
    NDArray gather(NDManager manager, int[] order, int from, int to) {
        floats.clear();
        for (int i = from; i < to; i++) {
            floats.put(values, order[i] * windowSize, windowSize);
        }
        return wrap(manager, to - from);
    }

    /** Windows {@code from..to) (consecutive) as one tensor in {@code manager}. */
    NDArray range(NDManager manager, int from, int to) {
        floats.clear();
        floats.put(values, from * windowSize, (to - from) * windowSize);
        return wrap(manager, to - from);
    }

    private NDArray wrap(NDManager manager, int count) {
        bytes.position(0).limit(count * windowSize * Float.BYTES);
        return manager.create(bytes, new Shape(count, 1, channels, channels), DataType.FLOAT32);
    }
}
