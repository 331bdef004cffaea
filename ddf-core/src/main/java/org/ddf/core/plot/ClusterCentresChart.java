package org.ddf.core.plot;

import java.awt.Color;
import java.awt.Font;
import org.ddf.core.InvalidInputException;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The clusters of the original with their centres: the first two features of every window coloured by label, the
 * reference centres as black diamonds tagged C0, C1, ..., and new-pattern centres as red crosses tagged N1, N2, ....
 */
public final class ClusterCentresChart {

    private ClusterCentresChart() {
    }

    /**
     * Draws the clusters.
     *
     * @param points windows with their labels (clusters, possibly also "anomaly" and "new pattern")
     * @param centres reference centres in feature units (rows with the points' d features)
     * @param newPatternCentres centres of new patterns in feature units; may be empty
     * @param title chart title
     * @param size figure size
     * @return PNG bytes
     */
    public static byte[] png(LabelledPoints points, double[][] centres, double[][] newPatternCentres, String title,
                             ChartSize size) {
        requireCentres(centres, points.dimension(), "centres");
        requireCentres(newPatternCentres, points.dimension(), "newPatternCentres");
        return Png.of(() -> {
            XYChart chart = ScatterByLabel.chart(points, 0, 1, size.width(), size.height(), 6, true);
            chart.setTitle(title);
            chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
            double lift = 0.03 * Math.max(1e-9, points.range(1)[1] - points.range(1)[0]);
            if (centres.length > 0) {
                addCentres(chart, "centres", centres, SeriesMarkers.DIAMOND, Color.BLACK, "C", 0, lift);
            }
            if (newPatternCentres.length > 0) {
                addCentres(chart, "new pattern centres", newPatternCentres, SeriesMarkers.CROSS, Color.RED, "N", 1, lift);
            }
            return chart;
        });
    }

    private static void addCentres(XYChart chart, String name, double[][] centres,
                                   Marker marker, Color colour, String tag, int first,
                                   double lift) {
        double[] xs = new double[centres.length];
        double[] ys = new double[centres.length];
        for (int c = 0; c < centres.length; c++) {
            xs[c] = centres[c][0];
            ys[c] = centres[c][1];
            chart.addAnnotation(new AnnotationText(tag + (c + first), xs[c], ys[c] + lift, false));
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(marker);
        series.setMarkerColor(colour);
    }

    private static void requireCentres(double[][] centres, int d, String field) {
        if (centres == null) {
            throw new InvalidInputException(field, "is missing");
        }
        for (int c = 0; c < centres.length; c++) {
            if (centres[c] == null || centres[c].length != d) {
                throw new InvalidInputException(field + "[" + c + "]", "must have " + d + " features");
            }
        }
    }
}
