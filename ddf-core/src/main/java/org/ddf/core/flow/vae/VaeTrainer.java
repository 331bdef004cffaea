package org.ddf.core.flow.vae;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.nn.EpochReport;
import org.ddf.core.nn.TrainingCancelledException;
import org.ddf.core.nn.TrainingDivergedException;
import org.ddf.core.nn.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the DDF VAE (seeds-spec §1.2): Adam with the learning rate ×factor at the epoch milestones, shuffled
 * batches, a seeded held-out part evaluated after every epoch, progress and cancellation through a
 * {@link TrainingListener}, and a guard that fails the run when the loss diverges.
 */
public final class VaeTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(VaeTrainer.class);

    private VaeTrainer() {
    }

    /**
     * Trains a VAE on every window of {@code data}.
     *
     * @param data windows (N·C·C values in [0, 1]); C sets the architecture
     * @param options epochs, batch, learning rate and the rest
     * @param listener receives a report after each epoch and is asked between steps whether to stop
     * @return the trained model with its loss history; the caller closes it
     * @throws IllegalArgumentException when the data are empty or hold a non-finite value
     * @throws TrainingCancelledException when the listener asked to stop
     * @throws TrainingDivergedException when the loss became NaN, infinite, or exploded
     */
    public static TrainedVae train(FeatureBatch data, VaeTrainingOptions options, TrainingListener listener) {
        requireFinite(data);
        VaeArchitecture architecture = new VaeArchitecture(data.channels());
        Random random = new Random(options.seed());
        HeldOutSplit split = HeldOutSplit.of(data.size(), options.heldOutFraction(), random);
        Engine.getInstance().setRandomSeed((int) options.seed());
        int batch = options.batchSize();
        int stepsPerEpoch = (split.train().length + batch - 1) / batch;
        WindowBatches windows = new WindowBatches(data.channels(), batch);
        DivergenceGuard guard = new DivergenceGuard(options.divergenceFactor());
        List<Double> trainLosses = new ArrayList<>();
        List<Double> heldOutLosses = new ArrayList<>();
        BestEpoch best = new BestEpoch();
        long start = System.nanoTime();
        try (VaeTrainingSession session = new VaeTrainingSession(architecture, options, stepsPerEpoch)) {
            for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                HeldOutSplit.shuffle(split.train(), random);
                VaeLoss loss = session.loss().withBeta((float) options.betaAt(epoch));
                double trainLoss = trainEpoch(session, windows, data.values(), split.train(), batch, loss, guard, listener,
                        epoch);
                guard.epochFinished(epoch, trainLoss);
                LossTerms heldOut = evaluate(session, windows, data.values(), split.heldOut(), batch);
                if (split.heldOut().length > 0) {
                    guard.checkHeldOut(epoch, heldOut.total());
                }
                trainLosses.add(trainLoss);
                heldOutLosses.add(heldOut.total());
                if (options.keepBestEpoch()) {
                    best.offer(epoch, heldOut.total(), session::weights);
                }
                report(listener, options, epoch, trainLoss, heldOut, Duration.ofNanos(System.nanoTime() - start));
            }
            if (best.epoch() > 0 && best.epoch() < options.epochs()) {
                LOG.info("keeping the VAE of epoch {} of {} (held-out loss {}, last epoch {})", best.epoch(),
                        options.epochs(), heldOutLosses.get(best.epoch() - 1), heldOutLosses.get(options.epochs() - 1));
                return TrainedVae.load(architecture, best.weights(),
                        new TrainingHistory(trainLosses, heldOutLosses, best.epoch()));
            }
            return TrainedVae.load(architecture, session.weights(),
                    new TrainingHistory(trainLosses, heldOutLosses, options.epochs()));
        }
    }

    /** One pass over the (already shuffled) training windows; returns the mean batch loss. */
    private static double trainEpoch(VaeTrainingSession session, WindowBatches windows, float[] values, int[] train,
                                     int batch, VaeLoss loss, DivergenceGuard guard, TrainingListener listener, int epoch) {
        int steps = (train.length + batch - 1) / batch;
        double sum = 0;
        for (int step = 0; step < steps; step++) {
            if (listener.stopRequested()) {
                throw new TrainingCancelledException(epoch);
            }
            float value;
            try (NDManager stepManager = session.newStepManager()) {
                int from = step * batch;
                value = session.backward(windows.gather(stepManager, values, train, from, Math.min(train.length, from + batch)),
                        loss);
            }
            guard.check(epoch, step + 1, value);
            session.update();
            sum += value;
        }
        return sum / steps;
    }

    /**
     * Mean batch loss over the held-out windows with the full β, in batches of the training size so that the
     * batch-summed KL term is on the training loss's scale.
     */
    private static LossTerms evaluate(VaeTrainingSession session, WindowBatches windows, float[] values, int[] heldOut,
                                      int batch) {
        if (heldOut.length == 0) {
            return LossTerms.NONE;
        }
        VaeLoss loss = session.loss();
        double total = 0;
        double reconstruction = 0;
        double kl = 0;
        int batches = 0;
        for (int from = 0; from < heldOut.length; from += batch) {
            try (NDManager manager = session.newStepManager()) {
                LossTerms terms = session.evaluate(
                        windows.gather(manager, values, heldOut, from, Math.min(heldOut.length, from + batch)), loss);
                total += terms.total();
                reconstruction += terms.reconstruction();
                kl += terms.kl();
            }
            batches++;
        }
        return new LossTerms(total / batches, reconstruction / batches, kl / batches);
    }

    private static void report(TrainingListener listener, VaeTrainingOptions options, int epoch, double trainLoss,
                               LossTerms heldOut, Duration elapsed) {
        Duration eta = elapsed.dividedBy(epoch).multipliedBy(options.epochs() - epoch);
        LOG.info("VAE epoch {}/{}: train loss {}, held-out loss {} (reconstruction {}, KL {}), lr {}, beta {}, "
                        + "elapsed {} s, ETA {} s", epoch, options.epochs(), format(trainLoss), format(heldOut.total()),
                format(heldOut.reconstruction()), format(heldOut.kl()), options.learningRateAt(epoch),
                options.betaAt(epoch),
                elapsed.toSeconds(), eta.toSeconds());
        listener.onEpoch(new EpochReport(epoch, options.epochs(), trainLoss, heldOut.total(),
                Map.of("heldOutReconstruction", heldOut.reconstruction(), "heldOutKl", heldOut.kl(),
                        "learningRate", options.learningRateAt(epoch), "beta", options.betaAt(epoch)),
                elapsed, eta));
    }

    private static String format(double value) {
        return String.format("%.6f", value);
    }

    private static void requireFinite(FeatureBatch data) {
        float[] values = data.values();
        int window = data.channels() * data.channels();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                int cell = i % window;
                throw new IllegalArgumentException(String.format("values: window %d has %s at (%d, %d)",
                        i / window, values[i], cell / data.channels(), cell % data.channels()));
            }
        }
    }
}
