package org.ddf.core.flow.vae;

import java.util.Arrays;
import java.util.Random;

/**
 * A seeded split of window indices into a training part and a held-out part.
 *
 * @param train indices used for training
 * @param heldOut indices held out for evaluation (may be empty)
 */
record HeldOutSplit(int[] train, int[] heldOut) {

    /**
     * Shuffles 0..n−1 with {@code random} and holds out ⌈n·fraction⌉ of them (as scikit-learn's
     * train_test_split rounds), keeping at least one window for training.
     */
    static HeldOutSplit of(int n, double fraction, Random random) {
        if (n < 1) {
            throw new IllegalArgumentException("feature batch is empty: the VAE needs at least one window");
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        shuffle(order, random);
        int heldOut = Math.min(n - 1, (int) Math.ceil(n * fraction));
        return new HeldOutSplit(Arrays.copyOfRange(order, heldOut, n), Arrays.copyOfRange(order, 0, heldOut));
    }

    /** Fisher–Yates shuffle in place. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
