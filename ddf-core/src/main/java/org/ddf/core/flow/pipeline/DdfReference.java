package org.ddf.core.flow.pipeline;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.ddf.core.flow.CorrelationInput;
import org.ddf.core.flow.FeatureOptions;
import org.ddf.core.flow.NanFillMeans;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.cluster.ClusterModel;

/**
 * What a trained DDF model needs besides its weights to label new windows the way it labelled the reference:
 * the links in order, how windows were cut and correlated, the training-time NaN fill means, and the reference
 * clusters with their anomaly threshold. Plain values, so it stores as JSON.
 *
 * @param links link names in column order
 * @param correlationInput counters or changes
 * @param rounded whether correlations were rounded to 2 decimals
 * @param windowMinutes window length
 * @param dayStart start of the day window (e.g. 06:00)
 * @param zone time zone of the day/night cut
 * @param minPresentFraction least fraction of rows a window needs
 * @param fillMeans per-column means for NaN correlations, from the training windows
 * @param scoreFeatures which features are clustered
 * @param clusters the reference clusters, threshold and new-pattern settings
 */
public record DdfReference(List<String> links, CorrelationInput correlationInput, boolean rounded, long windowMinutes,
                           String dayStart, String zone, double minPresentFraction, double[] fillMeans,
                           ScoreFeatures scoreFeatures, ClusterModel clusters) {

    /** Checks that the parts agree on the channel count. */
    public DdfReference {
        links = List.copyOf(links);
        if (fillMeans.length != links.size()) {
            throw new IllegalArgumentException("fill means (" + fillMeans.length + ") and links (" + links.size() + ") differ");
        }
        if (clusters.dimension() != scoreFeatures.dimension()) {
            throw new IllegalArgumentException("clusters have " + clusters.dimension() + " features, " + scoreFeatures
                    + " has " + scoreFeatures.dimension());
        }
    }

    /** Builds the reference from the options and the fitted parts. */
    static DdfReference of(List<String> links, FeatureOptions features, NanFillMeans fillMeans,
                           ScoreFeatures scoreFeatures, ClusterModel clusters) {
        WindowSpec w = features.windowSpec();
        return new DdfReference(links, features.correlationInput(), features.rounded(), w.length().toMinutes(),
                w.dayStart().toString(), w.zone().getId(), w.minPresentFraction(), fillMeans.columnMeans(),
                scoreFeatures, clusters);
    }

    /** Number of links C. */
    public int channels() {
        return links.size();
    }

    /** The feature options the model was trained with. */
    public FeatureOptions featureOptions() {
        return new FeatureOptions(correlationInput, rounded, new WindowSpec(Duration.ofMinutes(windowMinutes),
                LocalTime.parse(dayStart), ZoneId.of(zone), minPresentFraction));
    }

    /** The training-time NaN fill means. */
    public NanFillMeans nanFillMeans() {
        return new NanFillMeans(fillMeans);
    }

    /** A copy with other (e.g. aligned) clusters. */
    public DdfReference withClusters(ClusterModel newClusters) {
        return new DdfReference(links, correlationInput, rounded, windowMinutes, dayStart, zone, minPresentFraction,
                fillMeans, scoreFeatures, newClusters);
    }
}
