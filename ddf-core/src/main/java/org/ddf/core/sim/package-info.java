/**
 * A seeded simulator of hourly link counters with known structure (day/night and weekday cycles, groups of links,
 * a regime change, planted anomalous windows), and the truth of what it planted, to test the DynamicDeepFlow
 * pipeline end to end.
 */
package org.ddf.core.sim;
