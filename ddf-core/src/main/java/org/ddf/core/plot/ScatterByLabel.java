package org.ddf.core.plot;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** An XChart scatter of two features with one coloured series per label: the base of the scatter figures. */
final class ScatterByLabel {

    private ScatterByLabel() {
    }

    /**
     * A scatter of feature {@code x} against feature {@code y}, one series per label that has points.
     *
     * @param markerSize marker diameter in pixels
     * @param legend whether to show the legend (outside, right)
     */
    static XYChart chart(LabelledPoints points, int x, int y, int width, int height, int markerSize, boolean legend) {
        XYChart chart = new XYChart(width, height);
        chart.setXAxisTitle(points.featureNames().get(x));
        chart.setYAxisTitle(points.featureNames().get(y));
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(markerSize);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(legend);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisDecimalPattern("0.##");
        chart.getStyler().setYAxisDecimalPattern("0.##");
        for (int label = 0; label < points.labelNames().size(); label++) {
            double[] xs = points.column(x, label);
            if (xs.length > 0) {
                XYSeries series = chart.addSeries(points.labelNames().get(label), xs, points.column(y, label));
                series.setMarker(SeriesMarkers.CIRCLE);
                series.setMarkerColor(LabelColours.of(label));
            }
        }
        return chart;
    }

    /** Shrinks fonts for the small cells of a grid. */
    static void compact(XYChart chart) {
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        chart.getStyler().setChartTitleVisible(false);
    }
}
