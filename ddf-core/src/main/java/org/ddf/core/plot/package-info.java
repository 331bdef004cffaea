/**
 * PNG figures of DDF clustering drawn with XChart, headless: latent scatter, pair plot, elbow curve and clusters
 * with their centres; {@link org.ddf.core.plot.Figures} returns them by name.
 */
package org.ddf.core.plot;
