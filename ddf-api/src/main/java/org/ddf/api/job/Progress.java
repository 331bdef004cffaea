package org.ddf.api.job;

/**
 * How far a running job has come, as its worker last reported.
 *
 * @param step steps (e.g. epochs) done
 * @param total steps planned
 * @param loss the latest loss, null when none was reported
 * @param etaSeconds estimated seconds to the end, null while unknown
 * @param message a short line for people, may be null
 */
public record Progress(long step, long total, Double loss, Long etaSeconds, String message) {
}
