/**
 * DDF window labels: the active DDF model (reloaded on activation), the labelling of posted windows through the
 * model thread, and the {@code label-ddf} job for whole stored data sets.
 */
package org.ddf.inference.ddf;
