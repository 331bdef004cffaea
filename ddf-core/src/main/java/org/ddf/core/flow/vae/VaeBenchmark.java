package org.ddf.core.flow.vae;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.Random;

/**
 * Speed of the DDF VAE at C = 104, the figures the PyTorch reference is compared with (stack-notes §9): median
 * training step at batch 32 (Adam, forward + backward + update) and encoder throughput at batch 1 and 64.
 * Run with env {@code MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1073741824} and
 * {@code -Dai.djl.pytorch.num_interop_threads=1} to compare like with like.
 */
public final class VaeBenchmark {

    private static final int CHANNELS = VaeArchitecture.DDF_CHANNELS;
    private static final int BATCH = 32;
    private static final int ENCODE_BATCH = 64;
    private static final int STEPS_WARMUP = 30;
    /** As many as the reference times (its bench(iters=60)): the VM's speed drifts over seconds here. */
    private static final int STEPS_TIMED = 60;
    private static final int BATCH1_CALLS = 2000;
    private static final int BATCH64_WARMUP = 20;
    private static final int BATCH64_TIMED = 60;

    private VaeBenchmark() {
    }

    /**
     * The measured figures.
     *
     * @param stepMillis median training step at batch 32, milliseconds
     * @param windowsPerSecondBatch1 encoder throughput, one window per call (median call)
     * @param windowsPerSecondBatch64 encoder throughput, 64 windows per call (median call)
     */
    public record Result(double stepMillis, double windowsPerSecondBatch1, double windowsPerSecondBatch64) {
    }

    /** Prints the figures (about half a minute). */
    public static void main(String[] args) {
        Result result = run();
        System.out.printf("VAE C=%d: train step b%d median %.1f ms; encoder b1 %.0f windows/s, b%d %.0f windows/s%n",
                CHANNELS, BATCH, result.stepMillis(), result.windowsPerSecondBatch1(), ENCODE_BATCH,
                result.windowsPerSecondBatch64());
    }

    /**
     * Measures on random windows. Warm-ups are long because the JIT needs about 2,000 batch-1 calls before DJL's
     * per-op Java overhead stops dominating.
     *
     * @return the figures
     */
    public static Result run() {
        Engine.getInstance().setRandomSeed(1);
        float[] values = new float[ENCODE_BATCH * CHANNELS * CHANNELS];
        Random random = new Random(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        int[] order = new int[BATCH];
        Arrays.setAll(order, i -> i);
        WindowBatches windows = new WindowBatches(CHANNELS, BATCH);
        double[] steps = new double[STEPS_TIMED];
        byte[] weights;
        VaeTrainingOptions options = VaeTrainingOptions.robust();
        try (VaeTrainingSession session = new VaeTrainingSession(VaeArchitecture.ddf(), options, 1)) {
            VaeLoss loss = session.loss();
            for (int i = -STEPS_WARMUP; i < STEPS_TIMED; i++) {
                long start = System.nanoTime();
                try (NDManager manager = session.newStepManager()) {
                    session.backward(windows.gather(manager, values, order, 0, BATCH), loss);
                }
                session.update();
                if (i >= 0) {
                    steps[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            weights = session.weights();
        }
        try (TrainedVae vae = TrainedVae.load(VaeArchitecture.ddf(), weights)) {
            float[] one = Arrays.copyOf(values, CHANNELS * CHANNELS);
            double batch1 = windowsPerSecond(vae, one, 1, BATCH1_CALLS, BATCH1_CALLS);
            double batch64 = windowsPerSecond(vae, values, ENCODE_BATCH, BATCH64_WARMUP, BATCH64_TIMED);
            return new Result(median(steps), batch1, batch64);
        }
    }

    /** Windows per second from the median call, as the reference reports (one slow call does not count). */
    private static double windowsPerSecond(TrainedVae vae, float[] values, int n, int warmup, int timed) {
        for (int i = 0; i < warmup; i++) {
            vae.encode(values, n);
        }
        double[] calls = new double[timed];
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            vae.encode(values, n);
            calls[i] = (System.nanoTime() - start) / 1e9;
        }
        return n / median(calls);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
