package org.ddf.core.flow.vae;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.ddf.core.nn.ChannelsLastParameters;
import org.ddf.core.nn.NoGrad;

/**
 * A trained (or loaded) DDF VAE ready for inference: encodings [mu1, mu2, logvar1, logvar2] and reconstruction
 * errors of windows, and its weights for storage. Holds a DJL model: close it. Every call works in its own
 * sub-manager with autograd off, so nothing accumulates between calls. Calls from several threads at once are
 * safe (each thread has its own input buffer); with more than one libtorch intra-op thread they are slow
 * (stack-notes §9), so concurrent callers should run libtorch on one intra-op thread.
 */
public final class TrainedVae implements AutoCloseable {

    private static final int INFERENCE_BATCH = 64;

    private final Model model;
    private final VaeBlock block;
    private final ParameterStore parameters;
    private final TrainingHistory history;
    /** Each calling thread's input buffer, grown to the largest chunk it asked for (at most 64 windows). */
    private final ThreadLocal<WindowBatches> inputs = new ThreadLocal<>();

    private TrainedVae(Model model, VaeBlock block, TrainingHistory history) {
        this.model = model;
        this.block = block;
        block.freeze();
        this.parameters = new ChannelsLastParameters(model.getNDManager());
        this.history = history;
    }

    /**
     * Restores a model from {@link #weights()}.
     *
     * @param architecture the architecture the weights were trained with
     * @param weights bytes from {@link #weights()}
     * @return the model, with an empty history
     * @throws IllegalArgumentException when the bytes are not the weights of this architecture
     */
    public static TrainedVae load(VaeArchitecture architecture, byte[] weights) {
        return load(architecture, weights, TrainingHistory.NONE);
    }

    static TrainedVae load(VaeArchitecture architecture, byte[] weights, TrainingHistory history) {
        Model model = Model.newInstance("ddf-vae");
        try {
            VaeBlock block = new VaeBlock(architecture);
            model.setBlock(block);
            int channels = architecture.channels();
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, channels, channels));
            Map<String, Shape> expected = new HashMap<>();
            for (Pair<String, Parameter> parameter : block.getParameters()) {
                expected.put(parameter.getKey(), parameter.getValue().getArray().getShape());
            }
            block.loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(weights)));
            for (Pair<String, Parameter> parameter : block.getParameters()) {
                Shape actual = parameter.getValue().getArray().getShape();
                if (!actual.equals(expected.get(parameter.getKey()))) {
                    throw new IllegalArgumentException("weights: parameter " + parameter.getKey() + " has shape "
                            + actual + ", the architecture with C=" + channels + " needs "
                            + expected.get(parameter.getKey()));
                }
            }
            return new TrainedVae(model, block, history);
        } catch (IOException | MalformedModelException e) {
            model.close();
            throw new IllegalArgumentException("weights: not the parameters of a DDF VAE (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The layer sizes. */
    public VaeArchitecture architecture() {
        return block.architecture();
    }

    /** Train and held-out loss per epoch (empty for a loaded model). */
    public TrainingHistory history() {
        return history;
    }

    /**
     * Encodes windows (inference mode).
     *
     * @param values n·C·C values in [0, 1], window after window
     * @param n number of windows
     * @return per window {mu1, mu2, logvar1, logvar2}
     */
    public float[][] encode(float[] values, int n) {
        requireShape(values, n);
        float[][] codes = new float[n][];
        WindowBatches windows = input(n);
        for (int from = 0; from < n; from += INFERENCE_BATCH) {
            int to = Math.min(n, from + INFERENCE_BATCH);
            try (NoGrad noGrad = NoGrad.enter(); NDManager manager = model.getNDManager().newSubManager()) {
                NDList latent = block.encode(parameters, windows.range(manager, values, from, to), false);
                float[] mu = latent.get(0).toFloatArray();
                float[] logvar = latent.get(1).toFloatArray();
                for (int i = 0; i < to - from; i++) {
                    codes[from + i] = new float[] {mu[2 * i], mu[2 * i + 1], logvar[2 * i], logvar[2 * i + 1]};
                }
            }
        }
        return codes;
    }

    /**
     * Mean squared reconstruction error of each window, decoding z = mu.
     *
     * @param values n·C·C values in [0, 1], window after window
     * @param n number of windows
     * @return one error per window
     */
    public double[] reconstructionError(float[] values, int n) {
        float[][] codes = encodeWithError(values, n);
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = codes[i][4];
        }
        return errors;
    }

    /**
     * Encodes windows and measures their reconstruction error in one pass through the VAE (z = mu), for callers that
     * need both: the encoder runs once instead of twice.
     *
     * @param values n·C·C values in [0, 1], window after window
     * @param n number of windows
     * @return per window {mu1, mu2, logvar1, logvar2, mean squared reconstruction error}
     */
    public float[][] encodeWithError(float[] values, int n) {
        requireShape(values, n);
        float[][] out = new float[n][];
        WindowBatches windows = input(n);
        for (int from = 0; from < n; from += INFERENCE_BATCH) {
            int to = Math.min(n, from + INFERENCE_BATCH);
            try (NoGrad noGrad = NoGrad.enter(); NDManager manager = model.getNDManager().newSubManager()) {
                NDArray x = windows.range(manager, values, from, to);
                NDList result = block.forward(parameters, new NDList(x), false);
                // in place: the reconstruction is not used again, and two fewer 64-window arrays are allocated
                NDArray difference = result.get(0).subi(x);
                float[] errors = difference.muli(difference).reshape(to - from, -1).mean(new int[] {1}).toFloatArray();
                float[] mu = result.get(1).toFloatArray();
                float[] logvar = result.get(2).toFloatArray();
                for (int i = 0; i < to - from; i++) {
                    out[from + i] = new float[] {mu[2 * i], mu[2 * i + 1], logvar[2 * i], logvar[2 * i + 1], errors[i]};
                }
            }
        }
        return out;
    }

    /** The parameters in DJL's format, for {@link #load(VaeArchitecture, byte[])}. */
    public byte[] weights() {
        return serialise(block);
    }

    /** A block's parameters in DJL's format ({@link ai.djl.nn.Block#saveParameters}). */
    static byte[] serialise(VaeBlock block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the VAE parameters", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        model.close();
    }

    /** This thread's input buffer, grown to the largest chunk asked for so far (at most {@value #INFERENCE_BATCH}). */
    private WindowBatches input(int n) {
        int batch = Math.min(Math.max(n, 1), INFERENCE_BATCH);
        WindowBatches input = inputs.get();
        if (input == null || input.maxBatch() < batch) {
            input = new WindowBatches(architecture().channels(), batch);
            inputs.set(input);
        }
        return input;
    }

    private void requireShape(float[] values, int n) {
        long window = (long) architecture().channels() * architecture().channels();
        if (n < 0 || values.length != n * window) {
            throw new IllegalArgumentException("values: expected n·C·C = " + n + "·" + window + " floats, got "
                    + values.length);
        }
    }
}
