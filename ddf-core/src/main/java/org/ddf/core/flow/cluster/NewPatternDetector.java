package org.ddf.core.flow.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds new patterns in a labelled set of windows (a batch or a whole period).
 *
 * <p>Rule: an anomalous window is a <em>core</em> window when at least {@code newPatternMinWindows} anomalous
 * windows (itself included) lie within the model's {@code groupRadius} of it (Euclidean, in model space; the radius is
 * the anomaly percentile of reference distances, so "as close as typical members of one reference cluster"). Core
 * windows within that radius of each other are linked, and the connected components are the groups (no k to choose,
 * and a dense group is found whatever its shape). A group with at least {@code newPatternMinWindows} windows whose
 * mean is itself anomalous — farther than the threshold from every reference centre — is a new pattern and its
 * windows get {@code newPattern = true}. Windows that are not core, smaller groups and isolated anomalies stay
 * anomalous but not new: linking every anomalous window (plain single linkage) let isolated events near the edge of
 * a changed regime's cloud join that regime's pattern and vanish from the anomalies (docs/benchmarks.md).
 */
public final class NewPatternDetector {

    private final ClusterModel model;
    private final WindowScorer scorer;

    /** Creates a detector for {@code model}. */
    public NewPatternDetector(ClusterModel model) {
        this.model = model;
        this.scorer = new WindowScorer(model);
    }

    /**
     * Scores the windows and finds the new patterns.
     *
     * @param features one feature vector per window (N × d, finite)
     */
    public LabelledWindows detect(double[][] features) {
        return group(features, scorer.scoreAll(features));
    }

    /**
     * Scores the windows and finds the new patterns, using when each window starts.
     *
     * @param features one feature vector per window (N × d, finite)
     * @param starts each window's start, in the same order
     */
    public LabelledWindows detect(double[][] features, List<Instant> starts) {
        if (starts.size() != features.length) {
            throw new InvalidClusteringInputException("starts", "has " + starts.size() + " entries for "
                    + features.length + " windows");
        }
        return group(features, scorer.scoreAll(features));
    }

    private LabelledWindows group(double[][] features, List<WindowLabel> labels) {
        if (labels.size() != features.length) {
            throw new InvalidClusteringInputException("labels", "has " + labels.size() + " entries for "
                    + features.length + " windows");
        }
        int[] anomalous = IntStream.range(0, labels.size())
                .filter(i -> labels.get(i).anomalous()).toArray();
        double[][] z = new double[anomalous.length][];
        for (int a = 0; a < anomalous.length; a++) {
            FeatureMatrix.requireVector(features[anomalous[a]], model.dimension(), "features[" + anomalous[a] + "]");
            z[a] = model.toModelSpace(features[anomalous[a]]);
        }
        List<WindowLabel> out = new ArrayList<>(labels);
        List<NewPattern> patterns = new ArrayList<>();
        for (int[] group : groups(z)) {
            if (group.length < model.newPatternMinWindows()) {
                continue;
            }
            double[] centre = mean(z, group);
            WindowLabel centreLabel = scorer.scoreModelSpace(centre);
            if (!centreLabel.anomalous()) {
                continue;
            }
            int[] windows = Arrays.stream(group).map(a -> anomalous[a]).toArray();
            for (int w : windows) {
                out.set(w, out.get(w).asNewPattern());
            }
            patterns.add(new NewPattern(model.toFeatureSpace(centre), windows, centreLabel.distance(),
                    centreLabel.score()));
        }
        return new LabelledWindows(out, patterns);
    }

    /** Connected components of the core windows under the "within groupRadius" links, each ascending, ordered by first member. */
    private List<int[]> groups(double[][] z) {
        boolean[] core = new boolean[z.length];
        for (int i = 0; i < z.length; i++) {
            int neighbours = 0;
            for (int j = 0; j < z.length; j++) {
                neighbours += near(z[i], z[j]) ? 1 : 0;
            }
            core[i] = neighbours >= model.newPatternMinWindows();
        }
        int[] parent = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < z.length; i++) {
            for (int j = i + 1; j < z.length; j++) {
                if (core[i] && core[j] && near(z[i], z[j])) {
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

    private boolean near(double[] a, double[] b) {
        return CentreDistance.euclidean(a, b) <= model.groupRadius();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double[] mean(double[][] z, int[] group) {
        double[] m = new double[z[0].length];
        for (int a : group) {
            for (int j = 0; j < m.length; j++) {
                m[j] += z[a][j] / group.length;
            }
        }
        return m;
    }
}
