package org.ddf.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    /** Links A, B, C over 4 rows. */
    static final double[][] ROWS = {
        {1, 1, 2},
        {2, 3, 1},
        {3, 2, 4},
        {4, 5, 3},
    };

    @Test
    void countersMatchHandComputedPearson() {
        // Centred: A = (-1.5, -0.5, 0.5, 1.5), |A|² = 5; B = (-1.75, 0.25, -0.75, 2.25), |B|² = 8.75;
        // C = (-0.5, -1.5, 1.5, 0.5), |C|² = 5. A·B = 5.5, A·C = 3, B·C = 0.5.
        double ab = 5.5 / Math.sqrt(5 * 8.75);
        double ac = 3 / 5.0;
        double bc = 0.5 / Math.sqrt(8.75 * 5);

        double[] m = new Correlation(CorrelationInput.COUNTERS, false).matrix(ROWS);

        assertThat(m).containsExactly(new double[] {1, ab, ac, ab, 1, bc, ac, bc, 1}, within(1e-12));
        assertThat(ab).isEqualTo(0.831522, within(1e-6));
        assertThat(bc).isEqualTo(0.075593, within(1e-6));
    }

    @Test
    void roundingGivesTwoDecimals() {
        double[] m = new Correlation(CorrelationInput.COUNTERS, true).matrix(ROWS);

        assertThat(m).containsExactly(1, 0.83, 0.6, 0.83, 1, 0.08, 0.6, 0.08, 1);
    }

    @Test
    void changesCorrelateFirstDifferencesAndAConstantSeriesIsNaN() {
        // Differences: A = (1, 1, 1) constant; B = (2, -1, 3), centred (2, -7, 5)/3; C = (-1, 3, -1), centred (-4, 8, -4)/3.
        // B·C = -84/9, |B|² = 78/9, |C|² = 96/9, so r = -84 / sqrt(78 · 96) = -0.970725.
        double bc = -84 / Math.sqrt(78.0 * 96);

        double[] m = new Correlation(CorrelationInput.CHANGES, false).matrix(ROWS);

        assertThat(m[0]).isNaN();
        assertThat(m[1]).isNaN();
        assertThat(m[3]).isNaN();
        assertThat(m[6]).isNaN();
        assertThat(m[4]).isEqualTo(1.0);
        assertThat(m[5]).isEqualTo(bc, within(1e-12));
        assertThat(m[7]).isEqualTo(bc, within(1e-12));
        assertThat(new Correlation(CorrelationInput.CHANGES, true).matrix(ROWS)[5]).isEqualTo(-0.97);
    }

    @Test
    void roundsHalfToEvenLikeNumpy() {
        assertThat(Correlation.round2(0.125)).isEqualTo(0.12);
        assertThat(Correlation.round2(0.375)).isEqualTo(0.38);
        assertThat(Correlation.round2(-0.125)).isEqualTo(-0.12);
        assertThat(Correlation.round2(0.8315)).isEqualTo(0.83);
        assertThat(Correlation.round2(Double.NaN)).isNaN();
    }

    @Test
    void agreesWithTextbookFormulaOn104LinksAndIsFast() {
        Random rng = new Random(3);
        double[][] rows = new double[12][104];
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = 1e9 * rng.nextDouble();
            }
        }
        Correlation correlation = new Correlation(CorrelationInput.COUNTERS, false);
        double[] m = correlation.matrix(rows);
        for (int i = 0; i < 104; i += 7) {
            for (int j = 0; j < 104; j += 5) {
                assertThat(m[i * 104 + j]).isEqualTo(textbook(rows, i, j), within(1e-12));
            }
        }
        for (int warm = 0; warm < 2000; warm++) {
            correlation.matrix(rows);
        }
        int runs = 2000;
        long begin = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            correlation.matrix(rows);
        }
        double micros = (System.nanoTime() - begin) / 1e3 / runs;
        // Tens of microseconds on one core; the bound leaves room for a busy shared machine.
        assertThat(micros).isLessThan(1000);
    }

    @Test
    void rejectsTooFewRows() {
        double[][] two = {{1, 2}, {2, 3}};
        assertThat(new Correlation(CorrelationInput.COUNTERS, false).matrix(two)[1]).isEqualTo(1.0, within(1e-12));
        assertThatThrownBy(() -> new Correlation(CorrelationInput.CHANGES, false).matrix(two))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 rows");
    }

    private static double textbook(double[][] rows, int a, int b) {
        int n = rows.length;
        double ma = 0;
        double mb = 0;
        for (double[] row : rows) {
            ma += row[a] / n;
            mb += row[b] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] row : rows) {
            sab += (row[a] - ma) * (row[b] - mb);
            saa += (row[a] - ma) * (row[a] - ma);
            sbb += (row[b] - mb) * (row[b] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
