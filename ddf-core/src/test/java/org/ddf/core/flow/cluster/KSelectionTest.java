package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ddf.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class KSelectionTest {

    private static final ClusteringOptions OPTIONS = ClusteringOptions.defaults();

    @Test
    void picksFourOnFourBlobs() {
        KSelectionResult result = new KSelection(OPTIONS).select(Blobs.around(Blobs.FOUR, 50, 0.8, 1));

        assertThat(result.k()).isEqualTo(4);
        assertThat(result.knee()).isEqualTo(4);
        assertThat(result.reason()).contains("knee at k = 4");
        assertThat(result.fit().sizes()).containsOnly(50);
        assertThat(result.inertiaMean()).hasSize(10);
        assertThat(result.inertiaStd()).hasSize(10);
        assertThat(result.silhouette()).hasSize(9);
        // silhouette of k = 4 is the best of all k
        assertThat(result.silhouette()[2]).isEqualTo(max(result.silhouette()));
        assertThat(result.inertiaMean()[0]).isGreaterThan(15 * result.inertiaMean()[3]);
        assertThat(result.inertiaStd()[0]).isZero();
    }

    @Test
    void picksThreeOnThreeBlobs() {
        KSelectionResult result = new KSelection(OPTIONS).select(Blobs.around(Blobs.THREE, 60, 0.8, 2));

        assertThat(result.k()).isEqualTo(3);
        assertThat(result.fit().sizes()).containsOnly(60);
    }

    @Test
    void fixedKIsKeptButTheCurveIsStillComputed() {
        KSelectionResult result = new KSelection(OPTIONS.withK(6)).select(Blobs.around(Blobs.THREE, 20, 0.8, 2));

        assertThat(result.k()).isEqualTo(6);
        assertThat(result.fit().k()).isEqualTo(6);
        assertThat(result.reason()).isEqualTo("k = 6 fixed by the request");
        assertThat(result.knee()).isEqualTo(3);
    }

    @Test
    void kneeOfAHandCurve() {
        // scaled gaps below the chord: k = 2: 0.495, k = 3: 0.687, k = 4: 0.596
        double[] inertia = {100, 40, 10, 8, 6, 5, 4, 3, 2, 1};

        assertThat(KSelection.knee(inertia)).isEqualTo(3);
    }

    @Test
    void aTinyClusterIsSetAsideAsUnusualWindows() {
        // three classes of 60 windows and 2 unusual windows 25 away (1.1 % of 182): the jump to k = 4 that isolates
        // them makes the knee
        double[][] x = withTinyBlob(Blobs.around(Blobs.THREE, 60, 0.8, 2), 25, 2);

        KSelectionResult keepAll = new KSelection(OPTIONS).select(x);
        KSelectionResult floor = new KSelection(OPTIONS.withMinClusterShare(0.02)).select(x);

        assertThat(keepAll.k()).isEqualTo(4);
        assertThat(keepAll.setAside()).isEmpty();
        assertThat(floor.knee()).as("the elbow curve is the same").isEqualTo(4);
        assertThat(floor.k()).isEqualTo(3);
        assertThat(floor.setAside()).containsExactly(2);
        assertThat(floor.fit().k()).isEqualTo(3);
        assertThat(floor.fit().sizes()).containsExactlyInAnyOrder(60, 60, 62);
        // the classes keep the centres fitted without the unusual windows
        assertThat(Arrays.asList(keepAll.fit().centres())).containsAll(Arrays.asList(floor.fit().centres()));
        assertThat(floor.reason()).contains("knee at k = 4").contains("1 of its clusters (2 windows)")
                .endsWith("k = 3");
    }

    @Test
    void unusualWindowsIsolatedBeforeEveryClassStillLeaveTheClasses() {
        // 40 away, k-means isolates the 2 windows at k = 3 already (two classes share a cluster): refusing every k
        // with a small cluster would end at k = 2; setting the small cluster aside keeps the three classes
        double[][] x = withTinyBlob(Blobs.around(Blobs.THREE, 60, 0.8, 2), 40, 2);

        KSelectionResult floor = new KSelection(OPTIONS.withMinClusterShare(0.02)).select(x);

        assertThat(Arrays.stream(new KMeansPlusPlus(x, 10, 300, 1e-4, 42).fit(3).sizes()).min().orElseThrow())
                .isEqualTo(2);
        assertThat(floor.k()).isEqualTo(3);
        assertThat(floor.fit().sizes()).containsExactlyInAnyOrder(60, 60, 62);
    }

    @Test
    void bigClustersAreNeverSetAside() {
        double[][] x = Blobs.around(Blobs.FOUR, 50, 0.8, 1);

        KSelectionResult keepAll = new KSelection(OPTIONS).select(x);
        KSelectionResult floor = new KSelection(OPTIONS.withMinClusterShare(0.02)).select(x);

        assertThat(floor.k()).isEqualTo(keepAll.k()).isEqualTo(4);
        assertThat(floor.setAside()).isEmpty();
        assertThat(floor.reason()).isEqualTo(keepAll.reason());
        assertThat(floor.fit()).usingRecursiveComparison().isEqualTo(keepAll.fit());
    }

    @Test
    void aFixedKIsKeptWithItsSmallCluster() {
        double[][] x = withTinyBlob(Blobs.around(Blobs.THREE, 60, 0.8, 2), 25, 2);

        KSelectionResult result = new KSelection(OPTIONS.withK(4).withMinClusterShare(0.02)).select(x);

        assertThat(result.k()).isEqualTo(4);
        assertThat(result.fit().sizes()).containsExactlyInAnyOrder(60, 60, 60, 2);
        assertThat(result.setAside()).isEmpty();
    }

    @Test
    void tooFewWindowsForTheCurveAreRejected() {
        assertThatThrownBy(() -> new KSelection(OPTIONS).select(Blobs.around(Blobs.THREE, 3, 0.8, 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than kMax = 10");
    }

    /** {@code x} and {@code n} points around (0, −distance, −1, −1), below the three blobs' centres. */
    private static double[][] withTinyBlob(double[][] x, double distance, int n) {
        double[][] tiny = Blobs.around(new double[][] {{0, -distance, -1, -1}}, n, 0.8, 3);
        double[][] all = Arrays.copyOf(x, x.length + n);
        System.arraycopy(tiny, 0, all, x.length, n);
        return all;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
