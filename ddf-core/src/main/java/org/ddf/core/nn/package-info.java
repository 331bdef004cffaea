/**
 * Reusable neural-network pieces on DJL (layers DJL lacks on PyTorch, PyTorch-style initialisation) and the
 * training-loop contract shared by every model: progress reports, listeners, cancellation and divergence.
 */
package org.ddf.core.nn;
