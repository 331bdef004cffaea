/** The model registry API: versions, activation (announced by PostgreSQL NOTIFY), retirement, weights. */
package org.ddf.training.model;
