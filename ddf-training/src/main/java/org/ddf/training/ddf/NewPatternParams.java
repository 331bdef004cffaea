package org.ddf.training.ddf;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The new-pattern rule of a {@code train-ddf} job ({@code ClusteringOptions}); null means the default.
 *
 * @param minWindows fewest anomalous windows of a new pattern, and anomalous neighbours of a core window (5)
 * @param minDays fewest distinct days (UTC) a new pattern spans (3)
 * @param timeRadiusDays core windows link only when they start at most this many days apart (42)
 * @param radiusFactor linking radius as a multiple of the model's group radius (1)
 * @param outlierFactor members farther than this multiple of the median distance of their pattern's own clusters
 *                      leave it and stay anomalies (4.5)
 * @param oneSided whether such a member leaves only when its error feature (the linear residual or the
 *                 reconstruction error) is also above the members' median (robust profile: true; faithful profile,
 *                 or score features without an error feature: false)
 * @param join whether an anomalous window outside every pattern joins the pattern nearest to it when that pattern
 *             holds the window before or after it in time and its error feature is within {@code joinMargin}
 *             of the pattern's (needs the one-sided stage's error; robust profile: true; otherwise false)
 * @param joinMargin how far above the pattern's median error such a window may lie, in robust standard deviations
 *                   of its members' errors (3)
 */
@Schema(description = "New-pattern rule (docs/benchmarks.md, \"DDF anomaly rule on the simulator\"); anything left out "
        + "takes its default")
public record NewPatternParams(
        @Schema(example = "5") Integer minWindows, @Schema(example = "3") Integer minDays,
        @Schema(example = "42") Integer timeRadiusDays, @Schema(example = "1") Double radiusFactor,
        @Schema(example = "4.5") Double outlierFactor, @Schema(example = "true") Boolean oneSided,
        @Schema(example = "true") Boolean join, @Schema(example = "3") Double joinMargin) {
}
