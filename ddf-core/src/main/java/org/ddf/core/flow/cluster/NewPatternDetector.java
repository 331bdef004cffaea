package org.ddf.core.flow.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds new patterns in a labelled set of windows (a batch or a whole period).
 *
 * <p>Rule: the anomalous windows are linked when their Euclidean distance in model space is at most the model's
 * {@code groupRadius} (the anomaly percentile of reference distances, so "as close as typical members of one
 * reference cluster"), and the connected components of these links are the groups (single linkage: no k to choose,
 * and a tight group is found whatever its shape). A group with at least {@code newPatternMinWindows} windows whose
 * mean is itself anomalous — farther than the threshold from every reference centre — is a new pattern and its
 * windows get {@code newPattern = true}. Smaller groups and isolated anomalies stay anomalous but not new.
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
        return detect(features, scorer.scoreAll(features));
    }

    /**
     * Finds the new patterns among windows already scored with this model.
     *
     * @param features one feature vector per window (N × d, finite)
     * @param labels the windows' labels from {@link WindowScorer}, in the same order
     */
    public LabelledWindows detect(double[][] features, List<WindowLabel> labels) {
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

    /** Connected components of the "within groupRadius" graph, each ascending, ordered by first member. */
    private List<int[]> groups(double[][] z) {
        int[] parent = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < z.length; i++) {
            for (int j = i + 1; j < z.length; j++) {
                if (CentreDistance.euclidean(z[i], z[j]) <= model.groupRadius()) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < z.length; i++) {
            members.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        return members.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toList();
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
