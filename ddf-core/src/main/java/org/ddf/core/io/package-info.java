/**
 * Reading and writing link-counter data sets: wide CSV, long CSV and JSON into
 * {@link org.ddf.core.flow.LinkCounters} on a regular grid, aggregation to a coarser interval, and the wide CSV
 * writer. Bad input raises {@link org.ddf.core.io.InvalidDataException} naming where it is.
 */
package org.ddf.core.io;
