package org.ddf.core.flow.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.nn.EpochReport;
import org.ddf.core.nn.TrainingCancelledException;
import org.ddf.core.nn.TrainingDivergedException;
import org.ddf.core.nn.TrainingListener;
import org.junit.jupiter.api.Test;

class VaeTrainerTest {

    private static final int C = VaeArchitecture.DDF_CHANNELS;

    @Test
    void learnsAndSeparatesKindsOfCorrelation() {
        FeatureBatch train = SyntheticCorrelations.batch(C, 150, 1);
        FeatureBatch unseen = SyntheticCorrelations.batch(C, 60, 2);
        List<EpochReport> reports = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpoch(EpochReport report) {
                reports.add(report);
            }
        };

        try (TrainedVae vae = VaeTrainer.train(train, VaeTrainingOptions.robust().withEpochs(5), listener)) {
            assertThat(reports).extracting(EpochReport::epoch).containsExactly(1, 2, 3, 4, 5);
            assertThat(reports.get(4).heldOutLoss()).isLessThan(0.7 * reports.get(0).heldOutLoss());
            assertThat(reports.get(0).metrics()).containsKeys("heldOutReconstruction", "heldOutKl", "learningRate");
            assertThat(reports.get(0).eta()).isPositive();
            assertThat(vae.history().heldOutLoss())
                    .containsExactlyElementsOf(reports.stream().map(EpochReport::heldOutLoss).toList());
            List<Double> curve = vae.history().heldOutLoss();
            int lowest = IntStream.range(0, curve.size()).reduce((a, b) -> curve.get(b) < curve.get(a) ? b : a)
                    .orElseThrow();
            assertThat(vae.history().keptEpoch()).as("robust keeps the epoch with the lowest held-out loss")
                    .isEqualTo(lowest + 1);
            assertThat(curve.get(vae.history().keptEpoch() - 1)).isEqualTo(Collections.min(curve));

            double accuracy = nearestCentroidAccuracy(vae.encode(train.values(), train.size()),
                    vae.encode(unseen.values(), unseen.size()));
            assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
            double[] errors = vae.reconstructionError(unseen.values(), unseen.size());
            assertThat(errors).hasSize(60);
            assertThat(Arrays.stream(errors).min().orElseThrow()).isPositive();
            assertThat(Arrays.stream(errors).max().orElseThrow()).isLessThan(reports.get(0).heldOutLoss());
        }
    }

    @Test
    void anAbsurdLearningRateDivergesInsteadOfReturningAModel() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 40, 3);
        VaeTrainingOptions options = VaeTrainingOptions.faithful().withLearningRate(1e4).withEpochs(5);

        assertThatThrownBy(() -> VaeTrainer.train(data, options, TrainingListener.NONE))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("epoch").hasMessageContaining("step");
    }

    @Test
    void stopsWhenTheListenerAsks() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 40, 4);
        List<Integer> epochs = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpoch(EpochReport report) {
                epochs.add(report.epoch());
            }

            @Override
            public boolean stopRequested() {
                return !epochs.isEmpty();
            }
        };

        assertThatThrownBy(() -> VaeTrainer.train(data, VaeTrainingOptions.robust().withEpochs(5), listener))
                .isInstanceOf(TrainingCancelledException.class).hasMessageContaining("epoch 2");
        assertThat(epochs).containsExactly(1);
    }

    @Test
    void weightsRoundTripToIdenticalEncodings() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 40, 5);
        VaeTrainingOptions options = VaeTrainingOptions.robust().withEpochs(1);
        try (TrainedVae trained = VaeTrainer.train(data, options, TrainingListener.NONE);
             TrainedVae loaded = TrainedVae.load(VaeArchitecture.ddf(), trained.weights())) {
            assertThat(loaded.encode(data.values(), 40)).isDeepEqualTo(trained.encode(data.values(), 40));
            assertThat(loaded.reconstructionError(data.values(), 40))
                    .containsExactly(trained.reconstructionError(data.values(), 40));
            float[][] codes = trained.encode(data.values(), 40);
            float[][] both = trained.encodeWithError(data.values(), 40);
            for (int i = 0; i < 40; i++) {
                assertThat(java.util.Arrays.copyOf(both[i], 4)).as("one pass gives the encoder's codes")
                        .containsExactly(codes[i], org.assertj.core.data.Offset.offset(1e-6f));
            }
            assertThat(trained.history().epochs()).isEqualTo(1);
            assertThat(loaded.history().epochs()).isZero();
            assertThat(loaded.weights()).isEqualTo(trained.weights());
            assertThatThrownBy(() -> TrainedVae.load(new VaeArchitecture(132), trained.weights()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        }
    }

    @Test
    void callsFromTwoThreadsAtOnceGiveTheSequentialResults() throws Exception {
        FeatureBatch small = SyntheticCorrelations.batch(C, 3, 12);
        FeatureBatch large = SyntheticCorrelations.batch(C, 70, 13);      // more than one inference chunk of 64
        try (TrainedVae vae = VaeTrainer.train(small, VaeTrainingOptions.robust().withEpochs(1), TrainingListener.NONE)) {
            float[][] smallAlone = vae.encodeWithError(small.values(), 3);
            float[][] largeAlone = vae.encodeWithError(large.values(), 70);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 5; round++) {
                    var a = pool.submit(() -> vae.encodeWithError(small.values(), 3));
                    var b = pool.submit(() -> vae.encodeWithError(large.values(), 70));
                    assertThat(a.get()).isDeepEqualTo(smallAlone);
                    assertThat(b.get()).isDeepEqualTo(largeAlone);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 24, 6);
        VaeTrainingOptions options = VaeTrainingOptions.robust().withEpochs(1).withSeed(11);
        try (TrainedVae first = VaeTrainer.train(data, options, TrainingListener.NONE);
             TrainedVae second = VaeTrainer.train(data, options, TrainingListener.NONE)) {
            assertThat(second.encode(data.values(), 24)).isDeepEqualTo(first.encode(data.values(), 24));
        }
    }

    @Test
    void theLearningRateDropsAfterAMilestone() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 16, 9);
        VaeTrainingOptions frozenAfterEpoch1 = new VaeTrainingOptions(1, 8, 0.001, List.of(1), 1e-9, 0, 1, 3,
                LogvarClamp.NONE, 0, 1000, false);
        try (TrainedVae oneEpoch = VaeTrainer.train(data, frozenAfterEpoch1, TrainingListener.NONE);
             TrainedVae twoEpochs = VaeTrainer.train(data, frozenAfterEpoch1.withEpochs(2), TrainingListener.NONE);
             TrainedVae twoEpochsNoDrop = VaeTrainer.train(data, new VaeTrainingOptions(2, 8, 0.001, List.of(), 1,
                     0, 1, 3, LogvarClamp.NONE, 0, 1000, false), TrainingListener.NONE)) {
            float[] after1 = oneEpoch.encode(data.values(), 16)[0];
            assertThat(twoEpochs.encode(data.values(), 16)[0]).containsExactly(after1, within(1e-5f));
            assertThat(maxDifference(twoEpochsNoDrop.encode(data.values(), 16)[0], after1)).isGreaterThan(1e-3f);
        }
    }

    @Test
    void rejectsNonFiniteValuesNamingTheWindow() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 4, 7);
        data.values()[2 * C * C + 5] = Float.NaN;

        assertThatThrownBy(() -> VaeTrainer.train(data, VaeTrainingOptions.robust(), TrainingListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window 2");
    }

    @Test
    void encodeRejectsAWrongNumberOfValues() {
        FeatureBatch data = SyntheticCorrelations.batch(C, 8, 8);
        VaeTrainingOptions options = VaeTrainingOptions.robust().withEpochs(1);
        try (TrainedVae vae = VaeTrainer.train(data, options, TrainingListener.NONE)) {
            assertThatThrownBy(() -> vae.encode(data.values(), 7)).hasMessageContaining("values");
        }
    }

    /** Centroids of the training encodings (mu) per kind; share of unseen windows nearest to their own kind. */
    private static double nearestCentroidAccuracy(float[][] trainCodes, float[][] unseenCodes) {
        double[][] centroids = new double[SyntheticCorrelations.KINDS][2];
        int[] counts = new int[SyntheticCorrelations.KINDS];
        for (int i = 0; i < trainCodes.length; i++) {
            int kind = SyntheticCorrelations.kindOf(i);
            centroids[kind][0] += trainCodes[i][0];
            centroids[kind][1] += trainCodes[i][1];
            counts[kind]++;
        }
        for (int k = 0; k < centroids.length; k++) {
            centroids[k][0] /= counts[k];
            centroids[k][1] /= counts[k];
        }
        int correct = 0;
        for (int i = 0; i < unseenCodes.length; i++) {
            int best = 0;
            for (int k = 1; k < centroids.length; k++) {
                if (distance(unseenCodes[i], centroids[k]) < distance(unseenCodes[i], centroids[best])) {
                    best = k;
                }
            }
            correct += best == SyntheticCorrelations.kindOf(i) ? 1 : 0;
        }
        return correct / (double) unseenCodes.length;
    }

    private static float maxDifference(float[] a, float[] b) {
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double distance(float[] code, double[] centroid) {
        return Math.hypot(code[0] - centroid[0], code[1] - centroid[1]);
    }
}
