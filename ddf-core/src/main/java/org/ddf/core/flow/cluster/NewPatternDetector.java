package org.ddf.core.flow.cluster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ddf.core.InvalidInputException;

/**
 * Finds new patterns in a labelled set of windows (a batch or a whole period).
 *
 * <p>Rule, in three steps and an optional fourth (docs/benchmarks.md, "DDF anomaly rule on the simulator", measures
 * each), on the <em>unusual</em> windows: those beyond the reference percentile itself. With an
 * {@code anomalyThresholdFactor} above 1 these include windows below the anomaly threshold, so that a new regime
 * is found whole while a lone window must pass the higher threshold to be anomalous.
 * <ol>
 * <li><em>Groups of core windows.</em> Two unusual windows are neighbours when they lie within
 * {@code newPatternRadiusFactor} × the model's {@code groupRadius} of each other (Euclidean, in model space; the
 * radius is the anomaly percentile of reference distances, "as close as typical members of one reference
 * cluster"). A window with at least {@code newPatternMinWindows} neighbours (itself included) is a core window.
 * Neighbouring core windows are linked when, with window starts known, they start at most
 * {@code newPatternTimeRadiusDays} apart; the connected components are the groups (DBSCAN's core points without
 * its border points). An isolated event stays an anomaly even at the edge of a changed regime's cloud, and with
 * the time limit an event weeks before a regime cannot join it, while a slow drift whose windows recur every few
 * weeks still forms one group.</li>
 * <li><em>The group's own distribution.</em> Each group is modelled as clusters of its own: k-means++ with the
 * reference's k (one cluster for small groups), each sub-cluster with its shrunk covariance, fitted twice (the
 * second time without the members the first fit rejects). Members whose Mahalanobis distance to the nearest
 * sub-cluster exceeds {@code newPatternOutlierFactor} × the members' median distance leave the group and stay
 * anomalies: an event inside a new regime is unusual for the new regime too. With a {@code newPatternErrorFeature}
 * (the log linear residual or reconstruction error) the test is one-sided: such a member leaves only when that feature is above the
 * members' median as well, since an event makes a window harder to rebuild, while a regime window that the model
 * rebuilds better than the regime's typical window is nearer the traffic it knows, not an event.</li>
 * <li><em>Persistence.</em> What is left is a new pattern when it still has at least {@code newPatternMinWindows}
 * windows, spans at least {@code newPatternMinDays} distinct days (UTC; with starts known) and its mean is itself
 * unusual, farther than the reference percentile from every reference centre. Its windows get
 * {@code newPattern = true}.</li>
 * <li><em>Joining</em> (with window starts and a {@code newPatternJoinMargin}). An unusual window outside every
 * pattern is compared with the pattern nearest to it and joins it when that pattern holds the window just before
 * or just after it in time and its error feature is at most the pattern's median error plus the margin in robust
 * standard deviations. Among a regime's windows, one the model rebuilds about as well as the regime's own is part
 * of the regime even when it lies apart from the regime's core (too few unusual neighbours to link, or beyond the
 * outlier limit), while an event is rebuilt far worse. Without this step such regime windows were most of the false
 * alarms after a change of regime (docs/benchmarks.md, table 5e).</li>
 * </ol>
 */
public final class NewPatternDetector {

    private static final long SECONDS_PER_DAY = 86_400;
    /** k-means++ settings of a new pattern's sub-clusters: the defaults, seeded, so equal input gives equal labels. */
    private static final ClusteringOptions SUB_CLUSTERING = ClusteringOptions.defaults();

    private final ClusterModel model;
    private final WindowScorer scorer;

    /** Creates a detector for {@code model}. */
    public NewPatternDetector(ClusterModel model) {
        this.model = model;
        this.scorer = new WindowScorer(model);
    }

    /**
     * Scores the windows and finds the new patterns without knowing when the windows start: the time limit on
     * links and the persistence in days do not apply (for sets without time, such as figures of a feature space).
     *
     * @param features one feature vector per window (N × d, finite)
     */
    public LabelledWindows detect(double[][] features) {
        return detect(features, scorer.scoreAll(features), null);
    }

    /**
     * Scores the windows and finds the new patterns, with the full rule.
     *
     * @param features one feature vector per window (N × d, finite)
     * @param starts each window's start, in the same order
     */
    public LabelledWindows detect(double[][] features, List<Instant> starts) {
        if (starts.size() != features.length) {
            throw new InvalidInputException("starts", "has " + starts.size() + " entries for "
                    + features.length + " windows");
        }
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) == null) {
                throw new InvalidInputException("starts[" + i + "]", "is missing");
            }
        }
        return detect(features, scorer.scoreAll(features), starts);
    }

    private LabelledWindows detect(double[][] features, List<WindowLabel> labels, List<Instant> starts) {
        int[] unusual = IntStream.range(0, labels.size()).filter(i -> isUnusual(labels.get(i))).toArray();
        double[][] z = new double[unusual.length][];
        long[] seconds = starts == null ? null : new long[unusual.length];
        for (int a = 0; a < unusual.length; a++) {
            z[a] = model.toModelSpace(features[unusual[a]]);
            if (seconds != null) {
                seconds[a] = starts.get(unusual[a]).getEpochSecond();
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (int[] group : groups(z, seconds)) {
            GroupFit first = GroupFit.of(model, z, group);
            GroupFit fit = GroupFit.of(model, z, first.inliers(z, group));
            int[] members = fit.inliers(z, group);
            if (members.length < model.newPatternMinWindows()
                    || seconds != null && distinctDays(seconds, members) < model.newPatternMinDays()) {
                continue;
            }
            if (isUnusual(scorer.scoreModelSpace(mean(z, members)))) {
                found.add(new Candidate(fit, new ArrayList<>(Arrays.stream(members).boxed().toList())));
            }
        }
        if (seconds != null && model.newPatternJoinMargin() != null && !found.isEmpty()) {
            join(z, found, neighboursInTime(unusual, starts));
        }
        List<WindowLabel> out = new ArrayList<>(labels);
        List<NewPattern> patterns = new ArrayList<>();
        for (Candidate c : found) {
            int[] members = c.members().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] centre = mean(z, members);
            WindowLabel centreLabel = scorer.scoreModelSpace(centre);
            int[] windows = Arrays.stream(members).map(a -> unusual[a]).toArray();
            for (int w : windows) {
                out.set(w, out.get(w).asNewPattern());
            }
            patterns.add(new NewPattern(model.toFeatureSpace(centre), windows, centreLabel.distance(),
                    centreLabel.score()));
        }
        patterns.sort((p, q) -> Integer.compare(p.windows()[0], q.windows()[0]));
        return new LabelledWindows(out, patterns);
    }

    /**
     * Step 4: each unusual window outside every pattern is compared with the pattern nearest to it (relative to
     * each pattern's outlier limit) and joins it when that pattern holds the window just before or just after it in
     * time and the window's error is within the pattern's join limit.
     *
     * @param neighbours for each unusual window, the unusual windows (indices into {@code z}) that start just
     *                   before and just after it among all windows, where those are unusual
     */
    private static void join(double[][] z, List<Candidate> found, int[][] neighbours) {
        int[] patternOf = new int[z.length];
        Arrays.fill(patternOf, -1);
        for (int p = 0; p < found.size(); p++) {
            for (int a : found.get(p).members()) {
                patternOf[a] = p;
            }
        }
        for (int a = 0; a < z.length; a++) {
            if (patternOf[a] >= 0) {
                continue;
            }
            int nearest = 0;
            for (int p = 1; p < found.size(); p++) {
                if (found.get(p).fit().ratio(z[a]) < found.get(nearest).fit().ratio(z[a])) {
                    nearest = p;
                }
            }
            int pattern = nearest;
            boolean amongItsWindows = Arrays.stream(neighbours[a]).anyMatch(n -> patternOf[n] == pattern);
            if (amongItsWindows && found.get(pattern).fit().joins(z[a])) {
                found.get(pattern).members().add(a);
            }
        }
    }

    /** For each unusual window, those of the windows just before and after it in time that are unusual. */
    private static int[][] neighboursInTime(int[] unusual, List<Instant> starts) {
        int[] byStart = IntStream.range(0, starts.size()).boxed()
                .sorted((i, j) -> starts.get(i).compareTo(starts.get(j))).mapToInt(Integer::intValue).toArray();
        int[] position = new int[starts.size()];
        for (int r = 0; r < byStart.length; r++) {
            position[byStart[r]] = r;
        }
        int[] unusualIndex = new int[starts.size()];
        Arrays.fill(unusualIndex, -1);
        for (int a = 0; a < unusual.length; a++) {
            unusualIndex[unusual[a]] = a;
        }
        int[][] out = new int[unusual.length][];
        for (int a = 0; a < unusual.length; a++) {
            int r = position[unusual[a]];
            out[a] = IntStream.of(r - 1, r + 1).filter(q -> q >= 0 && q < byStart.length)
                    .map(q -> unusualIndex[byStart[q]]).filter(n -> n >= 0).toArray();
        }
        return out;
    }

    /** A group that passed steps 2 and 3: its fitted distribution and its members (indices of unusual windows). */
    private record Candidate(GroupFit fit, List<Integer> members) {
    }

    /** Beyond the reference percentile itself, whatever the threshold factor: a candidate for a new pattern. */
    private boolean isUnusual(WindowLabel label) {
        return label.score() * model.anomalyThresholdFactor() > 1;
    }

    /** Connected components of the core windows linked by {@link #near} and {@link #closeInTime}, each ascending. */
    private List<int[]> groups(double[][] z, long[] seconds) {
        boolean[] core = new boolean[z.length];
        for (int i = 0; i < z.length; i++) {
            int neighbours = 0;
            for (int j = 0; j < z.length; j++) {
                neighbours += near(z, i, j) ? 1 : 0;
            }
            core[i] = neighbours >= model.newPatternMinWindows();
        }
        int[] parent = IntStream.range(0, z.length).toArray();
        for (int i = 0; i < z.length; i++) {
            for (int j = i + 1; j < z.length; j++) {
                if (core[i] && core[j] && near(z, i, j) && closeInTime(seconds, i, j)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < z.length; i++) {
            if (core[i]) {
                members.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
            }
        }
        return members.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private boolean near(double[][] z, int i, int j) {
        return CentreDistance.euclidean(z[i], z[j]) <= model.newPatternRadiusFactor() * model.groupRadius();
    }

    /** Whether two windows start within the time radius (always, when starts are unknown). */
    private boolean closeInTime(long[] seconds, int i, int j) {
        return seconds == null
                || Math.abs(seconds[i] - seconds[j]) <= model.newPatternTimeRadiusDays() * SECONDS_PER_DAY;
    }

    /**
     * A group's own distribution: as many sub-clusters as the reference has clusters (a changed regime keeps its
     * nights, weekdays and weekends apart), one when there are fewer than {@code newPatternMinWindows} members per
     * sub-cluster or too few distinct ones, each with its shrunk covariance; the outlier limit of
     * {@code newPatternOutlierFactor} × the fitted members' median distance; with an error feature, the fitted
     * members' median error and the join limit {@code newPatternJoinMargin} robust standard deviations above it.
     */
    private record GroupFit(double[][] centres, double[][][] inverses, double limit, Integer error,
                            double medianError, double joinLimit) {

        /** Consistency constant that turns a median absolute deviation into a standard deviation (normal data). */
        private static final double MAD_TO_SD = 1.4826;

        /** Fits the distribution of {@code fitted}; with no spread it accepts everything and joins nothing. */
        static GroupFit of(ClusterModel model, double[][] z, int[] fitted) {
            double[][] points = Arrays.stream(fitted).mapToObj(a -> z[a]).toArray(double[][]::new);
            long distinct = Arrays.stream(points).map(p -> Arrays.stream(p).boxed().toList()).distinct().count();
            if (distinct < 2) {
                return new GroupFit(null, null, Double.POSITIVE_INFINITY, null, Double.NaN, Double.NaN);
            }
            int k = points.length >= model.k() * model.newPatternMinWindows() && distinct > model.k() ? model.k() : 1;
            double[][] centres;
            int[] labels;
            if (k == 1) {
                centres = new double[][] {mean(z, fitted)};
                labels = new int[points.length];
            } else {
                KMeansFit fit = new KMeansPlusPlus(points, SUB_CLUSTERING.nInit(), SUB_CLUSTERING.maxIter(),
                        SUB_CLUSTERING.tol(), SUB_CLUSTERING.seed()).fit(k);
                centres = fit.centres();
                labels = fit.labels();
            }
            double[][][] inverses = ShrunkCovariance.inverses(points, labels, centres, model.shrinkage());
            double[] distances = Arrays.stream(points)
                    .mapToDouble(p -> CentreDistance.nearest(p, centres, inverses).distance()).toArray();
            double limit = model.newPatternOutlierFactor() * Percentile.of(distances, 50);
            Integer error = model.newPatternErrorFeature();
            if (error == null) {
                return new GroupFit(centres, inverses, limit, null, Double.NaN, Double.NaN);
            }
            double[] errors = Arrays.stream(points).mapToDouble(p -> p[error]).toArray();
            double median = Percentile.of(errors, 50);
            double mad = Percentile.of(Arrays.stream(errors).map(e -> Math.abs(e - median)).toArray(), 50);
            Double margin = model.newPatternJoinMargin();
            return new GroupFit(centres, inverses, limit, error, median,
                    margin == null ? Double.NaN : median + margin * MAD_TO_SD * mad);
        }

        /** Distance to the nearest sub-cluster over the outlier limit (0 without spread). */
        double ratio(double[] p) {
            return centres == null ? 0 : CentreDistance.nearest(p, centres, inverses).distance() / limit;
        }

        /** Whether a member stays: within the outlier limit, or (one-sided) rebuilt no worse than the median. */
        boolean keeps(double[] p) {
            return ratio(p) <= 1 || error != null && p[error] <= medianError;
        }

        /** Whether a window outside the pattern joins it: its error is within the join limit. */
        boolean joins(double[] p) {
            return error != null && p[error] <= joinLimit;
        }

        int[] inliers(double[][] z, int[] group) {
            return Arrays.stream(group).filter(a -> keeps(z[a])).toArray();
        }
    }

    private static long distinctDays(long[] seconds, int[] members) {
        return Arrays.stream(members)
                .mapToObj(a -> Instant.ofEpochSecond(seconds[a]).atZone(ZoneOffset.UTC).toLocalDate())
                .distinct().count();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double[] mean(double[][] z, int[] members) {
        double[] m = new double[z[0].length];
        for (int a : members) {
            for (int j = 0; j < m.length; j++) {
                m[j] += z[a][j] / members.length;
            }
        }
        return m;
    }
}
