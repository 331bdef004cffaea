package org.ddf.core.flow.cluster;

/**
 * A group of anomalous windows whose centre lies beyond the threshold of every reference cluster.
 *
 * @param centre mean of the group's feature vectors, in feature units
 * @param windows indices of the group's windows in the labelled set, ascending
 * @param distance distance of the group's centre to the nearest reference centre (model metric)
 * @param score that distance divided by the model's threshold (&gt; 1 / the threshold factor: beyond the percentile)
 */
public record NewPattern(double[] centre, int[] windows, double distance, double score) {
}
