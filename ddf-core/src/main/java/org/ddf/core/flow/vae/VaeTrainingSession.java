package org.ddf.core.flow.vae;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import org.ddf.core.nn.EpochMilestoneTracker;
import org.ddf.core.nn.NoGrad;

/**
 * One VAE being trained: the DJL model, its trainer and Adam with the epoch-milestone learning-rate schedule.
 * Callers make each batch in {@link #newStepManager()} and close it after {@link #backward}.
 */
final class VaeTrainingSession implements AutoCloseable {

    private final VaeBlock block;
    private final Model model;
    private final Trainer trainer;

    /**
     * @param architecture layer sizes
     * @param options learning rate, schedule and clamp
     * @param stepsPerEpoch optimizer steps in one epoch (turns the epoch milestones into step counts)
     */
    VaeTrainingSession(VaeArchitecture architecture, VaeTrainingOptions options, int stepsPerEpoch) {
        block = new VaeBlock(architecture, options.logvarClamp());
        model = Model.newInstance("ddf-vae");
        model.setBlock(block);
        VaeLoss loss = new VaeLoss(architecture.channels(), (float) options.beta(), options.logvarClamp());
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(
                Optimizer.adam().optLearningRateTracker(new EpochMilestoneTracker((float) options.learningRate(),
                        options.lrMilestones(), (float) options.lrFactor(), stepsPerEpoch)).build());
        trainer = model.newTrainer(config);
        int channels = architecture.channels();
        trainer.initialize(new Shape(options.batchSize(), 1, channels, channels));
    }

    /** The loss configured at construction (full β). */
    VaeLoss loss() {
        return (VaeLoss) trainer.getLoss();
    }

    /** A manager for one batch's arrays; close it after the step. */
    NDManager newStepManager() {
        return trainer.getManager().newSubManager();
    }

    /** Forward and backward pass on one batch; returns the loss. Parameters change only in {@link #update()}. */
    float backward(NDArray x, VaeLoss loss) {
        try (GradientCollector collector = trainer.newGradientCollector()) {
            NDArray value = loss.evaluate(new NDList(x), trainer.forward(new NDList(x)));
            collector.backward(value);
            return value.getFloat();
        }
    }

    /** One Adam update from the gradients of the last {@link #backward}. */
    void update() {
        trainer.step();
    }

    /** Loss of one batch in inference mode (z = mu), without recording a graph. */
    LossTerms evaluate(NDArray x, VaeLoss loss) {
        try (NoGrad noGrad = NoGrad.enter()) {
            NDList predictions = trainer.evaluate(new NDList(x));
            double reconstruction = loss.reconstruction(x, predictions.get(0)).getFloat();
            double kl = loss.kl(predictions.get(1), predictions.get(2)).getFloat();
            return new LossTerms(reconstruction + loss.beta() * kl, reconstruction, kl);
        }
    }

    /** The current parameters in DJL's format. */
    byte[] weights() {
        return TrainedVae.serialise(block);
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
