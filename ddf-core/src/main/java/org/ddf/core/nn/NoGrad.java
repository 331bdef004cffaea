package org.ddf.core.nn;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns PyTorch's autograd recording off on the current thread until closed, then restores it: inference then
 * neither builds a graph nor keeps its tensors. Needed because grad mode is per thread and DJL switches it off
 * only on the thread that loaded the engine, so a service's request threads would otherwise record.
 * <pre>{@code try (NoGrad ignored = NoGrad.enter()) { ... forward ... } }</pre>
 */
public final class NoGrad implements AutoCloseable {

    private final boolean previous;

    private NoGrad(boolean previous) {
        this.previous = previous;
    }

    /** Switches recording off on this thread. */
    public static NoGrad enter() {
        NoGrad scope = new NoGrad(JniUtils.isGradMode());
        JniUtils.setGradMode(false);
        return scope;
    }

    /** Restores the recording state found by {@link #enter()}. */
    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
