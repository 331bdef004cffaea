package org.ddf.core.sim;

/**
 * The traffic pattern planted in each window class: which {@link WindowShape} each link group follows and how
 * strongly. With 4 groups (g = 0..3):
 * <pre>
 *                  before the change            after the change
 * weekday daytime  PEAK PEAK PEAK PEAK          PEAK' RISE RISE PEAK'   (' = weak: fewer people in the office)
 * weekend daytime  RISE RISE FALL FALL          RISE FALL RISE FALL
 * night            TROUGH WAVE TROUGH WAVE      TROUGH TROUGH WAVE WAVE
 * </pre>
 * so every class pairs the groups differently or relates the pairs differently (opposite vs unrelated), and after
 * the change the links are also regrouped. Other group counts follow the same rules by {@code g mod 4} and halves.
 */
final class ClassPatterns {

    /** Relative swing of a group's traffic around its level within a window. */
    static final double AMPLITUDE = 0.5;
    /** The weakened weekday swing of office groups after the change. */
    static final double WEAK_AMPLITUDE = 0.25;

    private ClassPatterns() {
    }

    /** The shape group g follows in a window of the given class. */
    static WindowShape shape(RegimeClass c, boolean after, int g, int groups) {
        boolean firstHalf = g < (groups + 1) / 2;
        boolean even = g % 2 == 0;
        boolean office = g % 4 == 0 || g % 4 == 3;
        return switch (c) {
            case WEEKDAY_DAY -> !after || office ? WindowShape.PEAK : WindowShape.RISE;
            case WEEKEND_DAY -> (after ? even : firstHalf) ? WindowShape.RISE : WindowShape.FALL;
            case NIGHT -> (after ? firstHalf : even) ? WindowShape.TROUGH : WindowShape.WAVE;
        };
    }

    /** The swing of group g in a window of the given class. */
    static double amplitude(RegimeClass c, boolean after, int g) {
        boolean office = g % 4 == 0 || g % 4 == 3;
        return c == RegimeClass.WEEKDAY_DAY && after && office ? WEAK_AMPLITUDE : AMPLITUDE;
    }

    /** Traffic level of the class relative to a weekday daytime before the change. */
    static double level(RegimeClass c, boolean after) {
        return switch (c) {
            case WEEKDAY_DAY -> after ? 0.8 : 1.0;
            case WEEKEND_DAY -> 0.65;
            case NIGHT -> 0.5;
        };
    }
}
