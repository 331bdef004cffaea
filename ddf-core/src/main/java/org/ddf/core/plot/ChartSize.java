package org.ddf.core.plot;

import org.ddf.core.InvalidInputException;

/**
 * Width and height of a figure in pixels.
 *
 * @param width pixels across, at least 100
 * @param height pixels down, at least 100
 */
public record ChartSize(int width, int height) {

    /** The default size of single charts. */
    public static final ChartSize DEFAULT = new ChartSize(800, 600);

    /** Checks that the figure is large enough to draw axes in. */
    public ChartSize {
        if (width < 100 || height < 100) {
            throw new InvalidInputException("size", "must be at least 100 × 100 pixels, got " + width + " × " + height);
        }
    }
}
