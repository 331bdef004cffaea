package org.ddf.inference.ddf;

import org.ddf.core.flow.pipeline.DdfModel;

/**
 * The DDF model being served with its registry identity.
 *
 * @param id registry id
 * @param version version within the kind
 * @param model the loaded model
 */
record ServedDdfModel(long id, int version, DdfModel model) {
}
