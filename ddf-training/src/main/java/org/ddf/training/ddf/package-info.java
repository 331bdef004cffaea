/** The {@code train-ddf} job: a link-counter data set and time ranges in, a DDF model with metrics and figures out. */
package org.ddf.training.ddf;
