package org.ddf.core.flow.vae;

import java.time.Instant;
import java.util.Collections;
import java.util.Random;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.WindowKind;

/**
 * Test data: correlation-like C×C matrices of three clearly different kinds (two blocks, four blocks, a band),
 * with symmetric noise, scaled into [0, 1] as the feature pipeline does.
 */
final class SyntheticCorrelations {

    static final int KINDS = 3;

    private SyntheticCorrelations() {
    }

    /** Window i has kind i % 3. */
    static FeatureBatch batch(int channels, int windows, long seed) {
        Random random = new Random(seed);
        float[] values = new float[windows * channels * channels];
        for (int w = 0; w < windows; w++) {
            fill(values, w * channels * channels, channels, w % KINDS, random);
        }
        return new FeatureBatch(channels, Collections.nCopies(windows, Instant.EPOCH),
                Collections.nCopies(windows, WindowKind.NIGHT), values);
    }

    static int kindOf(int window) {
        return window % KINDS;
    }

    private static void fill(float[] values, int offset, int c, int kind, Random random) {
        for (int i = 0; i < c; i++) {
            for (int j = i; j < c; j++) {
                double r = i == j ? 1 : clip(base(kind, i, j, c) + 0.15 * (random.nextDouble() - 0.5));
                float scaled = (float) ((r + 1) / 2);
                values[offset + i * c + j] = scaled;
                values[offset + j * c + i] = scaled;
            }
        }
    }

    private static double base(int kind, int i, int j, int c) {
        return switch (kind) {
            case 0 -> (i < c / 2) == (j < c / 2) ? 0.8 : -0.3;
            case 1 -> 4 * i / c == 4 * j / c ? 0.6 : 0.0;
            default -> 1 - 2.0 * Math.abs(i - j) / c;
        };
    }

    private static double clip(double r) {
        return Math.max(-1, Math.min(1, r));
    }
}
