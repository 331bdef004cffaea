package org.ddf.core.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddf.core.InvalidInputException;
import org.ddf.core.flow.cluster.ClusterModel;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.cluster.NewPattern;
import org.ddf.core.flow.cluster.WindowLabel;

/** The DDF figures of one period (e.g. one year) as named PNGs. */
public final class Figures {

    /** mu1 against mu2 coloured by the windows' own labels. */
    public static final String LATENT_SCATTER = "latent-scatter.png";
    /** All feature pairs coloured by the windows' own labels. */
    public static final String PAIR_PLOT = "pair-plot.png";
    /** Inertia (mean ± std) and silhouette against k. */
    public static final String ELBOW = "elbow.png";
    /** Windows coloured by cluster, anomaly or new pattern, with the centres. */
    public static final String CLUSTERS = "clusters.png";
    /** Side of one pair-plot cell in pixels. */
    public static final int PAIR_PLOT_CELL = 240;

    private Figures() {
    }

    /**
     * Draws the four figures of the original for one period.
     *
     * @param title title prefix, e.g. "2020"
     * @param windows the period's latent vectors with their own labels (e.g. night, Monday..Sunday)
     * @param model the reference clustering
     * @param labelled the same windows, in the same order, labelled by {@code model}
     * @return PNG bytes by name, in the order latent scatter, pair plot, elbow, clusters
     */
    public static Map<String, byte[]> ddf(String title, LabelledPoints windows, ClusterModel model,
                                          LabelledWindows labelled) {
        if (labelled.windows().size() != windows.points().length) {
            throw new InvalidInputException("labelled", "has " + labelled.windows().size() + " windows, the points "
                    + windows.points().length);
        }
        Map<String, byte[]> figures = new LinkedHashMap<>();
        figures.put(LATENT_SCATTER, LatentScatterChart.png(windows, title + ": latent space", ChartSize.DEFAULT));
        figures.put(PAIR_PLOT, PairPlot.png(windows, title + ": pair plot", PAIR_PLOT_CELL));
        int kMax = model.inertiaMean().length;
        figures.put(ELBOW, ElbowChart.png(model.inertiaMean(), model.inertiaStd(), model.silhouette(),
                model.k() <= kMax ? model.k() : 0, title + ": elbow", ChartSize.DEFAULT));
        double[][] patternCentres = labelled.newPatterns().stream().map(NewPattern::centre).toArray(double[][]::new);
        figures.put(CLUSTERS, ClusterCentresChart.png(byCluster(windows, model.k(), labelled.windows()),
                model.centresInFeatureSpace(), patternCentres, title + ": clusters", ChartSize.DEFAULT));
        return figures;
    }

    /** Relabels the windows: cluster c, or k for an anomaly, or k + 1 for a window of a new pattern. */
    static LabelledPoints byCluster(LabelledPoints windows, int k, List<WindowLabel> labels) {
        int[] y = new int[labels.size()];
        for (int i = 0; i < y.length; i++) {
            WindowLabel w = labels.get(i);
            y[i] = w.newPattern() ? k + 1 : w.anomalous() ? k : w.label();
        }
        List<String> names = new ArrayList<>(LabelledPoints.clusterNames(k));
        names.add("anomaly");
        names.add("new pattern");
        return new LabelledPoints(windows.points(), y, names, windows.featureNames());
    }
}
