package org.ddf.core.flow.cluster;

import java.util.ArrayList;
import java.util.List;

/** Labels windows with a {@link ClusterModel}: nearest centre, distance, anomaly score and flag. */
public final class WindowScorer {

    private final ClusterModel model;

    /** Creates a scorer for {@code model}. */
    public WindowScorer(ClusterModel model) {
        this.model = model;
    }

    /**
     * Scores one window.
     *
     * @param features the window's feature vector in feature units (d finite values)
     */
    public WindowLabel score(double[] features) {
        FeatureMatrix.requireVector(features, model.dimension(), "features");
        return scoreModelSpace(model.toModelSpace(features));
    }

    /**
     * Scores every window; none is part of a new pattern yet (see {@link NewPatternDetector}).
     *
     * @param features one feature vector per row (N × d, finite)
     */
    public List<WindowLabel> scoreAll(double[][] features) {
        FeatureMatrix.requireValid(features, "features");
        List<WindowLabel> labels = new ArrayList<>(features.length);
        for (int i = 0; i < features.length; i++) {
            FeatureMatrix.requireVector(features[i], model.dimension(), "features[" + i + "]");
            labels.add(scoreModelSpace(model.toModelSpace(features[i])));
        }
        return labels;
    }

    /** Scores a vector already in model space. */
    WindowLabel scoreModelSpace(double[] z) {
        CentreDistance.Nearest nearest = CentreDistance.nearest(z, model.centres(), model.inverseCovariances());
        double score = nearest.distance() / model.threshold();
        return new WindowLabel(nearest.label(), nearest.distance(), score, score > 1, false);
    }
}
