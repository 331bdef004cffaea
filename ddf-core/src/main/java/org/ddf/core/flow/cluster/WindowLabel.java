package org.ddf.core.flow.cluster;

/**
 * What the model says about one window.
 *
 * @param label nearest reference cluster
 * @param distance distance to that cluster's centre (in the model's metric and space)
 * @param score distance divided by the model's threshold; above 1 means anomalous
 * @param anomalous whether score &gt; 1
 * @param newPattern whether the window belongs to a group of anomalies that forms a new pattern
 */
public record WindowLabel(int label, double distance, double score, boolean anomalous, boolean newPattern) {

    /** This label marked as part of a new pattern. */
    public WindowLabel asNewPattern() {
        return new WindowLabel(label, distance, score, anomalous, true);
    }
}
