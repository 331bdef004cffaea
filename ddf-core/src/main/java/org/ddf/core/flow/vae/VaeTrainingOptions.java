package org.ddf.core.flow.vae;

import java.util.List;

/**
 * How {@link VaeTrainer} trains the VAE. Two named profiles: {@link #faithful()} reproduces the original exactly;
 * {@link #robust()} is the platform default (lower learning rate, clamped logvar, β = 0.1, no KL warm-up).
 *
 * @param epochs passes over the training part, ≥ 1
 * @param batchSize windows per step, ≥ 1 (the last batch of an epoch may be smaller, as in PyTorch)
 * @param learningRate Adam's initial learning rate, &gt; 0
 * @param lrMilestones 1-based epochs after which the learning rate is multiplied by {@code lrFactor} (as
 *                     PyTorch's MultiStepLR stepped once per epoch: [25, 40] means epochs 26–40 use lr·factor)
 * @param lrFactor multiplier applied at each milestone, in (0, 1]
 * @param heldOutFraction part of the windows held out (seeded), in [0, 1); the held-out loss is reported each epoch
 * @param beta weight of the KL term, ≥ 0
 * @param seed seeds the split, the shuffling, the initial weights and the sampling noise
 * @param logvarClamp bounds on logvar in sampling and in the KL term ({@link LogvarClamp#NONE}: off)
 * @param klWarmupEpochs β ramps linearly from 0 (epoch 1) to β (epoch klWarmupEpochs + 1); 0 = off
 * @param divergenceFactor training fails when a batch loss exceeds this factor × the first epoch's mean loss
 *                         (during epoch 1: × the first batch's loss), or is NaN or infinite; &gt; 1
 * @param keepBestEpoch keep the weights of the epoch with the lowest held-out loss instead of the last epoch's
 *                      (Adam at lr 0.001 has loss spikes every few runs, after which a late epoch can be far worse
 *                      than an earlier one; docs/benchmarks.md); needs held-out windows
 */
public record VaeTrainingOptions(int epochs, int batchSize, double learningRate, List<Integer> lrMilestones,
                                 double lrFactor, double heldOutFraction, double beta, long seed,
                                 LogvarClamp logvarClamp, int klWarmupEpochs, double divergenceFactor,
                                 boolean keepBestEpoch) {

    private static final int DEFAULT_EPOCHS = 50;
    private static final int DEFAULT_BATCH = 32;
    private static final List<Integer> DEFAULT_MILESTONES = List.of(25, 40);
    private static final double DEFAULT_FACTOR = 0.1;
    private static final double DEFAULT_HELD_OUT = 0.1;
    private static final long DEFAULT_SEED = 42;
    private static final double DEFAULT_DIVERGENCE_FACTOR = 1000;

    /** Checks every field and names the one that is wrong. */
    public VaeTrainingOptions {
        require(epochs >= 1, "epochs", epochs, "≥ 1");
        require(batchSize >= 1, "batchSize", batchSize, "≥ 1");
        require(learningRate > 0 && Double.isFinite(learningRate), "learningRate", learningRate, "> 0");
        lrMilestones = List.copyOf(lrMilestones);
        for (int i = 0; i < lrMilestones.size(); i++) {
            boolean ascending = i == 0 || lrMilestones.get(i) > lrMilestones.get(i - 1);
            require(lrMilestones.get(i) >= 1 && ascending, "lrMilestones", lrMilestones, "ascending and ≥ 1");
        }
        require(lrFactor > 0 && lrFactor <= 1, "lrFactor", lrFactor, "in (0, 1]");
        require(heldOutFraction >= 0 && heldOutFraction < 1, "heldOutFraction", heldOutFraction, "in [0, 1)");
        require(beta >= 0 && Double.isFinite(beta), "beta", beta, "≥ 0");
        require(logvarClamp != null, "logvarClamp", null, "set (LogvarClamp.NONE for none)");
        require(klWarmupEpochs >= 0, "klWarmupEpochs", klWarmupEpochs, "≥ 0");
        require(divergenceFactor > 1, "divergenceFactor", divergenceFactor, "> 1");
    }

    /** The original's training: Adam lr 0.01, ×0.1 at epochs 25 and 40, batch 32, no clamp, no warm-up. */
    public static VaeTrainingOptions faithful() {
        return new VaeTrainingOptions(DEFAULT_EPOCHS, DEFAULT_BATCH, 0.01, DEFAULT_MILESTONES, DEFAULT_FACTOR,
                DEFAULT_HELD_OUT, 1.0, DEFAULT_SEED, LogvarClamp.NONE, 0, DEFAULT_DIVERGENCE_FACTOR, false);
    }

    /**
     * The platform default, chosen on the simulator (docs/benchmarks.md, "DDF anomaly rule on the simulator"): as
     * faithful but lr 0.001 (lr 0.01 collapses to the mean window), logvar clamped to [−10, 10], β = 0.1 (β = 1
     * blurred the reconstructions), no KL warm-up (a warm-up from β = 0 lets logvar run away in epoch 1) and the
     * weights of the epoch with the lowest held-out loss.
     */
    public static VaeTrainingOptions robust() {
        return new VaeTrainingOptions(DEFAULT_EPOCHS, DEFAULT_BATCH, 0.001, DEFAULT_MILESTONES, DEFAULT_FACTOR,
                DEFAULT_HELD_OUT, 0.1, DEFAULT_SEED, new LogvarClamp(-10, 10), 0, DEFAULT_DIVERGENCE_FACTOR, true);
    }

    /** A copy with another number of epochs. */
    public VaeTrainingOptions withEpochs(int newEpochs) {
        return new VaeTrainingOptions(newEpochs, batchSize, learningRate, lrMilestones, lrFactor, heldOutFraction,
                beta, seed, logvarClamp, klWarmupEpochs, divergenceFactor, keepBestEpoch);
    }

    /** A copy with another initial learning rate. */
    public VaeTrainingOptions withLearningRate(double newLearningRate) {
        return new VaeTrainingOptions(epochs, batchSize, newLearningRate, lrMilestones, lrFactor, heldOutFraction,
                beta, seed, logvarClamp, klWarmupEpochs, divergenceFactor, keepBestEpoch);
    }

    /** A copy with another seed. */
    public VaeTrainingOptions withSeed(long newSeed) {
        return new VaeTrainingOptions(epochs, batchSize, learningRate, lrMilestones, lrFactor, heldOutFraction,
                beta, newSeed, logvarClamp, klWarmupEpochs, divergenceFactor, keepBestEpoch);
    }

    /** The learning rate used during a 1-based epoch. */
    public double learningRateAt(int epoch) {
        double lr = learningRate;
        for (int milestone : lrMilestones) {
            if (epoch > milestone) {
                lr *= lrFactor;
            }
        }
        return lr;
    }

    /** The KL weight used during a 1-based epoch (β, or its warm-up ramp). */
    public double betaAt(int epoch) {
        return klWarmupEpochs == 0 ? beta : beta * Math.min(1.0, (epoch - 1) / (double) klWarmupEpochs);
    }

    private static void require(boolean ok, String field, Object value, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(field + " must be " + rule + ", got " + value);
        }
    }
}
