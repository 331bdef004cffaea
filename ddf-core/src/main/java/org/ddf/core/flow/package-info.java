/**
 * Link counters on a time grid, their windows and the correlation features the DynamicDeepFlow VAE reads.
 *
 * <p>Pipeline: {@link org.ddf.core.flow.LinkCounters} → {@link org.ddf.core.flow.Windower} (by timestamp) →
 * {@link org.ddf.core.flow.MissingValues} → {@link org.ddf.core.flow.FeatureExtractor} →
 * {@link org.ddf.core.flow.FeatureBatch}.
 */
package org.ddf.core.flow;
