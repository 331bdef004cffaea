/**
 * DynamicDeepFlow end to end: link counters → windows → correlation features → VAE → latent features →
 * k-means++ reference clusters → labels, distances, anomaly scores and new patterns. {@link
 * org.ddf.core.flow.pipeline.DdfTrainer} makes a {@link org.ddf.core.flow.pipeline.DdfModel}; the model labels
 * windows. Usable as a library with no server.
 */
package org.ddf.core.flow.pipeline;
