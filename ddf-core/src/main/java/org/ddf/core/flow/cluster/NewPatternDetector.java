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
 * <p>Rule, in three steps (docs/benchmarks.md, "DDF anomaly rule on the simulator", measures each):
 * <ol>
 * <li><em>Groups of core windows.</em> Two anomalous windows are neighbours when they lie within
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
 * (the log reconstruction error) the test is one-sided: such a member leaves only when that feature is above the
 * members' median as well, since an event makes a window harder to rebuild, while a regime window that the model
 * rebuilds better than the regime's typical window is nearer the traffic it knows, not an event.</li>
 * <li><em>Persistence.</em> What is left is a new pattern when it still has at least {@code newPatternMinWindows}
 * windows, spans at least {@code newPatternMinDays} distinct days (UTC; with starts known) and its mean is itself
 * anomalous, farther than the threshold from every reference centre. Its windows get {@code newPattern = true}.</li>
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
        int[] anomalous = IntStream.range(0, labels.size()).filter(i -> labels.get(i).anomalous()).toArray();
        double[][] z = new double[anomalous.length][];
        long[] seconds = starts == null ? null : new long[anomalous.length];
        for (int a = 0; a < anomalous.length; a++) {
            z[a] = model.toModelSpace(features[anomalous[a]]);
            if (seconds != null) {
                seconds[a] = starts.get(anomalous[a]).getEpochSecond();
            }
        }
        List<WindowLabel> out = new ArrayList<>(labels);
        List<NewPattern> patterns = new ArrayList<>();
        for (int[] group : groups(z, seconds)) {
            int[] members = withoutOutliers(z, group);
            if (members.length < model.newPatternMinWindows()
                    || seconds != null && distinctDays(seconds, members) < model.newPatternMinDays()) {
                continue;
            }
            double[] centre = mean(z, members);
            WindowLabel centreLabel = scorer.scoreModelSpace(centre);
            if (!centreLabel.anomalous()) {
                continue;
            }
            int[] windows = Arrays.stream(members).map(a -> anomalous[a]).toArray();
            for (int w : windows) {
                out.set(w, out.get(w).asNewPattern());
            }
            patterns.add(new NewPattern(model.toFeatureSpace(centre), windows, centreLabel.distance(),
                    centreLabel.score()));
        }
        patterns.sort((p, q) -> Integer.compare(p.windows()[0], q.windows()[0]));
        return new LabelledWindows(out, patterns);
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
     * The group's members that are not outliers of the group's own distribution: a first fit on every member
     * finds the obvious outliers, a second fit without them measures every member again.
     */
    private int[] withoutOutliers(double[][] z, int[] group) {
        return inliers(z, group, inliers(z, group, group));
    }

    /**
     * Members of {@code group} within the outlier factor of the distribution fitted on {@code fitted}: as many
     * sub-clusters as the reference has clusters (a changed regime keeps its nights, weekdays and weekends apart),
     * one when there are fewer than {@code newPatternMinWindows} members per sub-cluster or too few distinct ones.
     * With an error feature, members beyond the factor whose error is at most the fitted members' median are kept.
     */
    private int[] inliers(double[][] z, int[] group, int[] fitted) {
        double[][] points = Arrays.stream(fitted).mapToObj(a -> z[a]).toArray(double[][]::new);
        long distinct = Arrays.stream(points).map(p -> Arrays.stream(p).boxed().toList()).distinct().count();
        if (distinct < 2) {
            return group;    // no spread: no covariance and no outlier
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
        double[] fittedDistances = Arrays.stream(points)
                .mapToDouble(p -> CentreDistance.nearest(p, centres, inverses).distance()).toArray();
        double limit = model.newPatternOutlierFactor() * Percentile.of(fittedDistances, 50);
        Integer error = model.newPatternErrorFeature();
        double typicalError = error == null ? Double.NaN
                : Percentile.of(Arrays.stream(points).mapToDouble(p -> p[error]).toArray(), 50);
        return Arrays.stream(group).filter(a -> CentreDistance.nearest(z[a], centres, inverses).distance() <= limit
                || error != null && z[a][error] <= typicalError).toArray();
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
