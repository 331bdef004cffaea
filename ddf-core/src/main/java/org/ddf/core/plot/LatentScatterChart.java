package org.ddf.core.plot;

import org.knowm.xchart.XYChart;

/** The latent scatter of the original: mu1 against mu2 (the first two features), coloured by label. */
public final class LatentScatterChart {

    private LatentScatterChart() {
    }

    /**
     * Draws the scatter.
     *
     * @param points windows with their labels (e.g. night and weekdays, or clusters)
     * @param title chart title, e.g. the year
     * @param size figure size
     * @return PNG bytes
     */
    public static byte[] png(LabelledPoints points, String title, ChartSize size) {
        return Png.of(() -> {
            XYChart chart = ScatterByLabel.chart(points, 0, 1, size.width(), size.height(), 6, true);
            chart.setTitle(title);
            return chart;
        });
    }
}
