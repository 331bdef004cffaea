package org.ddf.core.flow.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ddf.core.InvalidInputException;
import smile.math.MathEx;

/**
 * Computes the elbow curve (inertia for k = 1..kMax, mean ± std over the n_init runs) and the silhouette for
 * k = 2..kMax, and chooses k when the options do not fix it.
 *
 * <p>Automatic rule: the <em>knee</em> is the k (2..kMax−1) whose mean inertia lies farthest below the chord
 * from k = 1 to k = kMax, both axes scaled to [0, 1] (Kneedle's difference curve). The knee is chosen unless
 * k − 1 or k + 1 (within 2..kMax) has a silhouette higher by more than {@value #SILHOUETTE_MARGIN}; then that
 * neighbour is chosen. The elbow leads, as in the original, and the silhouette corrects an elbow that is off by
 * one, which the flat tail of an inertia curve often causes.
 *
 * <p>Then the chosen fit's clusters with fewer than {@link ClusteringOptions#minClusterShare()} of the windows are
 * set aside: so small a cluster is a handful of unusual windows (anomalies of the reference), not a class, and as a
 * class it would make them, and whatever later lies near them, normal. The other clusters keep their centres, every
 * window goes to the nearest of them, and k is the number of clusters kept (at least the largest is). Setting
 * aside rather than refusing every k with a small cluster keeps the classes when unusual windows lie so far off
 * that k-means isolates them before it separates all classes. A fixed k is taken as it is. Deterministic for a seed.
 */
public final class KSelection {

    /** Silhouette gain a neighbour of the knee needs to replace it. */
    public static final double SILHOUETTE_MARGIN = 0.05;

    private final ClusteringOptions options;

    /** Creates the selection; k-means settings, kMax and a fixed k come from {@code options}. */
    public KSelection(ClusteringOptions options) {
        this.options = options;
    }

    /**
     * Runs k-means for k = 1..kMax on {@code x} and chooses k.
     *
     * @param x points, one per row; more than kMax of them
     */
    public KSelectionResult select(double[][] x) {
        int kMax = options.kMax();
        if (x.length <= kMax) {
            throw new InvalidInputException("reference",
                    "needs more than kMax = " + kMax + " windows, got " + x.length);
        }
        if (options.k() != null && options.k() > x.length) {
            throw new InvalidInputException("options.k",
                    "must not exceed the " + x.length + " reference windows, got " + options.k());
        }
        KMeansPlusPlus kmeans = new KMeansPlusPlus(x, options.nInit(), options.maxIter(), options.tol(), options.seed());
        KMeansFit[] fits = new KMeansFit[kMax];
        double[] mean = new double[kMax];
        double[] std = new double[kMax];
        double[] silhouette = new double[kMax - 1];
        for (int k = 1; k <= kMax; k++) {
            KMeansFit fit = kmeans.fit(k);
            fits[k - 1] = fit;
            mean[k - 1] = MathEx.mean(fit.runInertias());
            std[k - 1] = populationStd(fit.runInertias(), mean[k - 1]);
            if (k >= 2) {
                silhouette[k - 2] = Silhouette.mean(x, fit.labels(), k);
            }
        }
        int knee = knee(mean);
        if (options.k() != null) {
            int k = options.k();
            KMeansFit fit = k <= kMax ? fits[k - 1] : kmeans.fit(k);
            return new KSelectionResult(mean, std, silhouette, knee, k, "k = " + k + " fixed by the request", fit,
                    List.of());
        }
        int k = knee;
        for (int candidate = knee - 1; candidate <= knee + 1; candidate += 2) {
            if (candidate >= 2 && candidate <= kMax
                    && silhouette[candidate - 2] > silhouette[knee - 2] + SILHOUETTE_MARGIN
                    && silhouette[candidate - 2] > silhouette[k - 2]) {
                k = candidate;
            }
        }
        String reason = reason(k, knee, silhouette);
        KMeansFit fit = fits[k - 1];
        List<Integer> setAside = new ArrayList<>();
        boolean[] keep = new boolean[k];
        int largest = 0;
        int[] sizes = fit.sizes();
        for (int c = 0; c < k; c++) {
            keep[c] = sizes[c] >= options.minClusterShare() * x.length;
            largest = sizes[c] > sizes[largest] ? c : largest;
        }
        keep[largest] = true;
        for (int c = 0; c < k; c++) {
            if (!keep[c]) {
                setAside.add(sizes[c]);
            }
        }
        if (!setAside.isEmpty()) {
            fit = keeping(fit, keep, x);
            reason += String.format(Locale.ROOT, "; %d of its clusters (%s windows) below %.1f %% of the %d reference "
                    + "windows set aside as unusual windows, not classes: k = %d", setAside.size(),
                    setAside.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    100 * options.minClusterShare(), x.length, fit.k());
        }
        return new KSelectionResult(mean, std, silhouette, knee, fit.k(), reason, fit, setAside);
    }

    /**
     * The fit reduced to the clusters in {@code keep}: their centres as fitted (the set-aside windows do not pull
     * them), every point labelled with the nearest of them; the inertia is recomputed and stands as the only run.
     */
    private static KMeansFit keeping(KMeansFit fit, boolean[] keep, double[][] x) {
        List<double[]> centres = new ArrayList<>();
        for (int c = 0; c < keep.length; c++) {
            if (keep[c]) {
                centres.add(fit.centres()[c]);
            }
        }
        double[][] kept = centres.toArray(double[][]::new);
        int[] labels = new int[x.length];
        double inertia = 0;
        for (int i = 0; i < x.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < kept.length; c++) {
                double d = MathEx.squaredDistance(x[i], kept[c]);
                if (d < best) {
                    best = d;
                    labels[i] = c;
                }
            }
            inertia += best;
        }
        return new KMeansFit(kept.length, kept, labels, inertia, new double[] {inertia});
    }

    /**
     * The knee of a decreasing curve {@code inertia[k − 1]}, k = 1..kMax: the k in 2..kMax−1 farthest below the
     * chord of the curve scaled to the unit square (2 when kMax = 2).
     */
    static int knee(double[] inertia) {
        int kMax = inertia.length;
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (double v : inertia) {
            hi = Math.max(hi, v);
            lo = Math.min(lo, v);
        }
        if (!(hi > lo)) {
            throw new InvalidInputException("reference", "has no spread: the inertia is the same for every k");
        }
        double first = (inertia[0] - lo) / (hi - lo);
        double last = (inertia[kMax - 1] - lo) / (hi - lo);
        int best = 2;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= Math.max(2, kMax - 1); k++) {
            double t = (k - 1.0) / (kMax - 1.0);
            double chord = first + (last - first) * t;
            double gap = chord - (inertia[k - 1] - lo) / (hi - lo);
            if (gap > bestGap) {
                bestGap = gap;
                best = k;
            }
        }
        return best;
    }

    private static String reason(int k, int knee, double[] silhouette) {
        if (k == knee) {
            return String.format(Locale.ROOT, "elbow knee at k = %d (farthest below the inertia chord); "
                    + "silhouette %.3f not beaten by more than %.2f at k ± 1", knee, silhouette[knee - 2], SILHOUETTE_MARGIN);
        }
        return String.format(Locale.ROOT, "k = %d: silhouette %.3f beats the elbow knee k = %d (%.3f) by more than %.2f",
                k, silhouette[k - 2], knee, silhouette[knee - 2], SILHOUETTE_MARGIN);
    }

    private static double populationStd(double[] values, double mean) {
        double s = 0;
        for (double v : values) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / values.length);
    }
}
