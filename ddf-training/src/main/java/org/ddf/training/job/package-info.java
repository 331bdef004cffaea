/** The job API: submit (idempotent), follow progress and events, cancel, fetch results. */
package org.ddf.training.job;
