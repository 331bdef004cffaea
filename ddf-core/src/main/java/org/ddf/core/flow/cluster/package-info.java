/**
 * DDF clustering of latent window features ({@code [mu1, mu2, logvar1, logvar2]}): k-means++ with the number of
 * clusters chosen by elbow and silhouette, a reference {@link org.ddf.core.flow.cluster.ClusterModel}, per-window
 * anomaly scores, new-pattern detection and alignment of cluster labels across retrains (seeds-spec §1.3).
 */
package org.ddf.core.flow.cluster;
