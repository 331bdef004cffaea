/**
 * The DynamicDeepFlow VAE (seeds-spec §1.2): a convolutional VAE that maps each C×C flow-correlation window to a
 * 2-D latent Gaussian (mu, logvar). {@link org.ddf.core.flow.vae.VaeTrainer} trains it,
 * {@link org.ddf.core.flow.vae.TrainedVae} encodes windows for clustering and stores its weights.
 */
package org.ddf.core.flow.vae;
