/**
 * Runs the model on one dedicated thread fed by a queue that merges concurrent requests into batches: torch called
 * from several Java threads at once runs small ops 3-4x slower on 2 cores (stack-notes §9), and batches amortise
 * per-call cost. HTTP threads only parse, validate and wait.
 */
package org.ddf.inference.batching;
