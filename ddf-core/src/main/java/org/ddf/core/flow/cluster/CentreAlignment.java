package org.ddf.core.flow.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.ddf.core.InvalidInputException;

/**
 * Renumbers a retrained model's clusters so that labels keep their meaning: each cluster takes the label of the
 * previous model's cluster whose centre is nearest, with the matching that minimises the total centre distance
 * (compared in feature units, so models with different standardisation compare fairly). Exhaustive search when
 * both models have at most {@value #EXHAUSTIVE_MAX_K} clusters, greedy closest-pair-first beyond.
 *
 * <p>When k differs: with more clusters than before, the matched ones take the previous labels 0..k_prev−1 and the
 * others follow in their own order; with fewer, the clusters are ordered by the previous label they matched.
 */
public final class CentreAlignment {

    /** Largest k searched exhaustively (8! = 40,320 matchings). */
    public static final int EXHAUSTIVE_MAX_K = 8;

    private CentreAlignment() {
    }

    /** {@code current} with its clusters renumbered to match {@code previous}. */
    public static ClusterModel align(ClusterModel current, ClusterModel previous) {
        return current.permuted(order(current, previous));
    }

    /**
     * The renumbering: cluster {@code order[p]} of {@code current} becomes cluster p.
     *
     * @throws InvalidInputException when the models have different feature dimensions
     */
    public static int[] order(ClusterModel current, ClusterModel previous) {
        if (current.dimension() != previous.dimension()) {
            throw new InvalidInputException("previous", "has " + previous.dimension()
                    + " features, the current model " + current.dimension());
        }
        double[][] now = current.centresInFeatureSpace();
        double[][] before = previous.centresInFeatureSpace();
        double[][] cost = new double[now.length][before.length];
        for (int i = 0; i < now.length; i++) {
            for (int p = 0; p < before.length; p++) {
                cost[i][p] = CentreDistance.euclidean(now[i], before[p]);
            }
        }
        int[] match = Math.max(now.length, before.length) <= EXHAUSTIVE_MAX_K ? exhaustive(cost) : greedy(cost);
        return orderFromMatch(match, before.length);
    }

    /** match[i] = previous label matched to current cluster i, or −1. */
    private static int[] orderFromMatch(int[] match, int previousK) {
        int k = match.length;
        if (k < previousK) {
            return IntStream.range(0, k).boxed().sorted(Comparator.comparingInt(i -> match[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] order = new int[k];
        int next = previousK;
        for (int i = 0; i < k; i++) {
            if (match[i] >= 0) {
                order[match[i]] = i;
            } else {
                order[next++] = i;
            }
        }
        return order;
    }

    private static int[] exhaustive(double[][] cost) {
        int rows = cost.length;
        int cols = cost[0].length;
        boolean rowsSmaller = rows <= cols;
        int small = rowsSmaller ? rows : cols;
        int large = rowsSmaller ? cols : rows;
        int[] best = new int[small];
        int[] current = new int[small];
        double[] bestCost = {Double.POSITIVE_INFINITY};
        search(0, 0, current, new boolean[large], best, bestCost,
                (s, l) -> rowsSmaller ? cost[s][l] : cost[l][s]);
        int[] match = new int[rows];
        Arrays.fill(match, -1);
        for (int s = 0; s < small; s++) {
            if (rowsSmaller) {
                match[s] = best[s];
            } else {
                match[best[s]] = s;
            }
        }
        return match;
    }

    /** Cost of pairing member s of the smaller side with member l of the larger side. */
    private interface PairCost {
        double of(int s, int l);
    }

    private static void search(int s, double sofar, int[] current, boolean[] used, int[] best, double[] bestCost,
                               PairCost cost) {
        if (sofar >= bestCost[0]) {
            return;
        }
        if (s == current.length) {
            bestCost[0] = sofar;
            System.arraycopy(current, 0, best, 0, current.length);
            return;
        }
        for (int l = 0; l < used.length; l++) {
            if (!used[l]) {
                used[l] = true;
                current[s] = l;
                search(s + 1, sofar + cost.of(s, l), current, used, best, bestCost, cost);
                used[l] = false;
            }
        }
    }

    private static int[] greedy(double[][] cost) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < cost.length; i++) {
            for (int p = 0; p < cost[0].length; p++) {
                pairs.add(new int[] {i, p});
            }
        }
        pairs.sort(Comparator.comparingDouble(pair -> cost[pair[0]][pair[1]]));
        int[] match = new int[cost.length];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[cost[0].length];
        for (int[] pair : pairs) {
            if (match[pair[0]] < 0 && !taken[pair[1]]) {
                match[pair[0]] = pair[1];
                taken[pair[1]] = true;
            }
        }
        return match;
    }
}
