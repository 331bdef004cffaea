package org.ddf.core.flow.cluster;

/** How a window's distance to a cluster centre is measured when labelling and scoring. */
public enum ClusterDistance {
    /** Plain Euclidean distance, as the original DDF code (faithful default). */
    EUCLIDEAN,
    /**
     * Mahalanobis distance under each cluster's own covariance, shrunk towards a scaled identity: robust to
     * clusters of different shapes and to features on different scales.
     */
    MAHALANOBIS
}
