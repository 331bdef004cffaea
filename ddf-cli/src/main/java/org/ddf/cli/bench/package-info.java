/**
 * {@code ./ddf bench ddf}: the DDF speed figures measured in the same run as the PyTorch reference of
 * {@code ../shared/bench/ref}, reported as ratios; and the REST label throughput and latency of ddf-inference.
 */
package org.ddf.cli.bench;
