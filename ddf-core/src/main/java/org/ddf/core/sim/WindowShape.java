package org.ddf.core.sim;

/**
 * The within-window course a group of links follows, as a function of the position u in [0, 1) inside the window.
 * Built from Legendre polynomials in x = 2u − 1, so distinct shapes are (nearly) uncorrelated and a shape and its
 * mirror are perfectly anti-correlated; the largest absolute value is 1.
 */
enum WindowShape {
    /** Traffic rising through the window (morning ramp-up). */
    RISE,
    /** Traffic falling through the window (evening wind-down). */
    FALL,
    /** Highest in the middle (a working-day peak). */
    PEAK,
    /** Lowest in the middle (the small hours). */
    TROUGH,
    /** Up, down and up again (scheduled bulk transfers). */
    WAVE;

    /** The shape's value at position u. */
    double at(double u) {
        double x = 2 * u - 1;
        return switch (this) {
            case RISE -> x;
            case FALL -> -x;
            case PEAK -> -(3 * x * x - 1) / 2;
            case TROUGH -> (3 * x * x - 1) / 2;
            case WAVE -> (5 * x * x * x - 3 * x) / 2;
        };
    }
}
