package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void tooFewWindowsForTheCurveAreRejected() {
        assertThatThrownBy(() -> new KSelection(OPTIONS).select(Blobs.around(Blobs.THREE, 3, 0.8, 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than kMax = 10");
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
