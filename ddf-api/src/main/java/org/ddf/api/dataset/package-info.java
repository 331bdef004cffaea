/** Uploaded data sets: link counters, packet sequences and traces, with their checksums and shapes. */
package org.ddf.api.dataset;
