package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CentreAlignmentTest {

    @Test
    void recoversAKnownPermutation() {
        double[][] before = {{0, 0}, {10, 0}, {0, 10}, {10, 10}, {20, 0}};
        int[] shuffle = {3, 0, 4, 1, 2};                     // new cluster i sits near old cluster shuffle[i]
        double[][] now = new double[5][];
        for (int i = 0; i < 5; i++) {
            now[i] = new double[] {before[shuffle[i]][0] + 0.3, before[shuffle[i]][1] - 0.2};
        }

        ClusterModel aligned = CentreAlignment.align(model(now), model(before));

        for (int i = 0; i < 5; i++) {
            int p = shuffle[i];
            assertThat(aligned.centres()[p][0]).isEqualTo(before[p][0] + 0.3);
            assertThat(aligned.centres()[p][1]).isEqualTo(before[p][1] - 0.2);
            assertThat(aligned.clusterSizes()[p]).isEqualTo(10 + i);
        }
    }

    @Test
    void optimalNotGreedyWhenSmall() {
        // Greedy would pair new 0 with old 1 (distance 1) and leave new 1 with old 0 at 9; optimal costs 2 + 2.
        double[][] before = {{0, 0}, {4, 0}};
        double[][] now = {{3, 0}, {-2, 0}};

        assertThat(CentreAlignment.order(model(now), model(before))).containsExactly(1, 0);
    }

    @Test
    void extraNewClustersFollowTheMatchedOnes() {
        double[][] before = {{0, 0}, {10, 0}};
        double[][] now = {{50, 50}, {10, 1}, {0, 1}};

        assertThat(CentreAlignment.order(model(now), model(before))).containsExactly(2, 1, 0);
    }

    @Test
    void greedyBeyondEightClustersStillRecoversWellSeparatedCentres() {
        int k = 10;
        double[][] before = new double[k][];
        double[][] now = new double[k][];
        for (int i = 0; i < k; i++) {
            before[i] = new double[] {10.0 * i, 0};
            now[i] = new double[] {10.0 * ((i * 7) % k) + 0.5, 0};   // 7 is coprime to 10: a permutation
        }

        int[] order = CentreAlignment.order(model(now), model(before));

        for (int p = 0; p < k; p++) {
            assertThat((order[p] * 7) % k).isEqualTo(p);
        }
    }

    /** A Euclidean model with the given centres and cluster sizes 10, 11, ... in the given order. */
    private static ClusterModel model(double[][] centres) {
        int k = centres.length;
        int[] sizes = new int[k];
        for (int c = 0; c < k; c++) {
            sizes[c] = 10 + c;
        }
        return new ClusterModel(k, centres, null, null, ClusterDistance.EUCLIDEAN, null, 0.1, 99, 1, 1, 1, 5, 3, 7, 1, 3, null, null,
                sizes,
                new double[] {2, 1}, new double[] {0, 0}, new double[] {0.5}, 2, "test", List.of());
    }
}
