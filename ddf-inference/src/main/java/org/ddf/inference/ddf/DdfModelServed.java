package org.ddf.inference.ddf;

/**
 * Published when ddf-inference starts serving a DDF model, at start-up or after an activation.
 *
 * @param served the model now served
 */
record DdfModelServed(ServedDdfModel served) {
}
