package org.ddf.core.nn;

import ai.djl.training.tracker.Tracker;
import java.util.List;

/**
 * A learning rate that is multiplied by {@code factor} after each milestone epoch, as PyTorch's
 * {@code MultiStepLR} stepped once per epoch: milestones [25, 40] mean epochs 1–25 use the base rate, 26–40
 * base·factor, 41 on base·factor².
 * DJL's optimizers count updates from 1, so update u falls in epoch ⌈u / stepsPerEpoch⌉. (DJL's own
 * {@code MultiFactorTracker} refuses fewer than two milestones.)
 */
public final class EpochMilestoneTracker implements Tracker {

    private final float base;
    private final int[] milestoneUpdates;
    private final float factor;

    /**
     * Creates the schedule.
     *
     * @param base learning rate of the first epochs
     * @param milestones 1-based epochs after which the rate drops, ascending
     * @param factor multiplier at each milestone
     * @param stepsPerEpoch optimizer updates in one epoch, ≥ 1
     */
    public EpochMilestoneTracker(float base, List<Integer> milestones, float factor, int stepsPerEpoch) {
        if (stepsPerEpoch < 1) {
            throw new IllegalArgumentException("stepsPerEpoch must be ≥ 1, got " + stepsPerEpoch);
        }
        this.base = base;
        this.factor = factor;
        this.milestoneUpdates = milestones.stream().mapToInt(epoch -> epoch * stepsPerEpoch).toArray();
    }

    @Override
    public float getNewValue(int numUpdate) {
        float value = base;
        for (int milestone : milestoneUpdates) {
            if (numUpdate > milestone) {
                value *= factor;
            }
        }
        return value;
    }
}
