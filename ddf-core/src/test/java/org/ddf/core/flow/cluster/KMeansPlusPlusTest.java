package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class KMeansPlusPlusTest {

    /** Three tight groups on a line: the best partition is the groups, centres at 0.1, 5.1 and 10.1. */
    private static final double[][] LINE = {
        {0.0, 0}, {0.1, 0}, {0.2, 0}, {5.0, 0}, {5.1, 0}, {5.2, 0}, {10.0, 0}, {10.1, 0}, {10.2, 0}
    };

    @Test
    void findsTheThreeGroupsOnALine() {
        KMeansFit fit = new KMeansPlusPlus(LINE, 10, 300, 1e-4, 7).fit(3);

        double[][] centres = fit.centres().clone();
        Arrays.sort(centres, Comparator.comparingDouble(c -> c[0]));
        assertThat(centres[0][0]).isCloseTo(0.1, within(1e-12));
        assertThat(centres[1][0]).isCloseTo(5.1, within(1e-12));
        assertThat(centres[2][0]).isCloseTo(10.1, within(1e-12));
        int[] y = fit.labels();
        assertThat(new int[] {y[0], y[1], y[2]}).containsOnly(y[0]);
        assertThat(new int[] {y[3], y[4], y[5]}).containsOnly(y[3]);
        assertThat(new int[] {y[6], y[7], y[8]}).containsOnly(y[6]);
        assertThat(new int[] {y[0], y[3], y[6]}).doesNotHaveDuplicates();
        // 3 groups × (0.1² + 0 + 0.1²) = 0.06
        assertThat(fit.inertia()).isCloseTo(0.06, within(1e-12));
        assertThat(fit.runInertias()).hasSize(10);
        assertThat(Arrays.stream(fit.runInertias()).min().orElseThrow()).isCloseTo(0.06, within(1e-12));
        assertThat(fit.sizes()).containsExactly(3, 3, 3);
    }

    @Test
    void oneClusterIsTheMean() {
        KMeansFit fit = new KMeansPlusPlus(LINE, 4, 300, 1e-4, 7).fit(1);

        assertThat(fit.centres()[0][0]).isCloseTo(5.1, within(1e-12));
        double expected = 0;
        for (double[] p : LINE) {
            expected += (p[0] - 5.1) * (p[0] - 5.1);
        }
        assertThat(fit.inertia()).isCloseTo(expected, within(1e-9));
        assertThat(fit.runInertias()).containsOnly(fit.inertia()).hasSize(4);
    }

    @Test
    void sameSeedGivesTheSameFitWhateverRanBefore() {
        double[][] x = Blobs.around(Blobs.FOUR, 40, 2.5, 3);
        KMeansPlusPlus first = new KMeansPlusPlus(x, 3, 300, 1e-4, 11);
        KMeansFit a = first.fit(5);
        KMeansPlusPlus second = new KMeansPlusPlus(x, 3, 300, 1e-4, 11);
        second.fit(2);
        KMeansFit b = second.fit(5);

        assertThat(b.labels()).containsExactly(a.labels());
        assertThat(b.runInertias()).containsExactly(a.runInertias());
    }
}
