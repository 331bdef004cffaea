package org.ddf.core.plot;

import java.awt.Color;
import java.util.Arrays;
import org.ddf.core.InvalidInputException;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The elbow curve of the original: mean inertia against k with ± one standard deviation over the restarts as
 * error bars, the chosen k marked, and the silhouette (k ≥ 2) on a second axis to the right.
 */
public final class ElbowChart {

    private ElbowChart() {
    }

    /**
     * Draws the elbow curve.
     *
     * @param inertiaMean mean inertia for k = 1..kMax (index k − 1)
     * @param inertiaStd its standard deviation, same indexing
     * @param silhouette silhouette for k = 2..kMax (index k − 2)
     * @param chosenK the chosen k, in 1..kMax, or 0 to mark none
     * @param title chart title
     * @param size figure size
     * @return PNG bytes
     */
    public static byte[] png(double[] inertiaMean, double[] inertiaStd, double[] silhouette, int chosenK, String title,
                             ChartSize size) {
        int kMax = inertiaMean.length;
        if (kMax < 2 || inertiaStd.length != kMax || silhouette.length != kMax - 1) {
            throw new InvalidInputException("inertiaMean", "needs k = 1..kMax ≥ 2 with matching inertiaStd (kMax) and silhouette (kMax − 1)");
        }
        if (chosenK < 0 || chosenK > kMax) {
            throw new InvalidInputException("chosenK", "must be in 0.." + kMax + ", got " + chosenK);
        }
        return Png.of(() -> {
            XYChart chart = new XYChart(size.width(), size.height());
            chart.setTitle(title);
            chart.setXAxisTitle("k");
            chart.setYAxisTitle("inertia");
            chart.setYAxisGroupTitle(1, "silhouette");
            chart.getStyler().setChartBackgroundColor(Color.WHITE);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            chart.getStyler().setErrorBarsColorSeriesColor(true);
            chart.getStyler().setMarkerSize(8);
            chart.getStyler().setXAxisDecimalPattern("0");
            double[] ks = new double[kMax];
            for (int k = 1; k <= kMax; k++) {
                ks[k - 1] = k;
            }
            XYSeries inertia = chart.addSeries("inertia (mean ± std)", ks, inertiaMean, inertiaStd);
            inertia.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            inertia.setMarker(SeriesMarkers.CIRCLE);
            inertia.setLineColor(LabelColours.of(0));
            inertia.setMarkerColor(LabelColours.of(0));
            XYSeries s = chart.addSeries("silhouette", Arrays.copyOfRange(ks, 1, kMax), silhouette);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setYAxisGroup(1);
            s.setMarker(SeriesMarkers.SQUARE);
            s.setLineColor(LabelColours.of(1));
            s.setMarkerColor(LabelColours.of(1));
            if (chosenK > 0) {
                XYSeries chosen = chart.addSeries("chosen k = " + chosenK, new double[] {chosenK},
                        new double[] {inertiaMean[chosenK - 1]});
                chosen.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                chosen.setMarker(SeriesMarkers.DIAMOND);
                chosen.setMarkerColor(LabelColours.of(3));
            }
            return chart;
        });
    }
}
