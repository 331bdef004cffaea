package org.ddf.core.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.ddf.core.InvalidInputException;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pair plot of the original: a d × d grid of scatters of every feature pair, coloured by label, with the
 * histogram of each feature per label on the diagonal, under a header with the title and the legend.
 * The image is {@code d · cell} wide and {@value #HEADER} + {@code d · cell} high.
 */
public final class PairPlot {

    /** Height of the header band (title and legend) in pixels. */
    public static final int HEADER = 48;

    private static final int BINS = 20;

    private PairPlot() {
    }

    /**
     * Draws the pair plot.
     *
     * @param points windows with their labels
     * @param title figure title
     * @param cell side of one grid cell in pixels, at least 100
     * @return PNG bytes
     */
    public static byte[] png(LabelledPoints points, String title, int cell) {
        if (cell < 100) {
            throw new InvalidInputException("cell", "must be at least 100 pixels, got " + cell);
        }
        int d = points.dimension();
        BufferedImage[][] cells = new BufferedImage[d][d];
        for (int row = 0; row < d; row++) {
            for (int col = 0; col < d; col++) {
                int r = row;
                int c = col;
                cells[row][col] = Png.image(() -> r == c ? histogram(points, r, cell) : scatter(points, c, r, cell));
            }
        }
        BufferedImage image = new BufferedImage(d * cell, HEADER + d * cell, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            header(g, points, title);
            for (int row = 0; row < d; row++) {
                for (int col = 0; col < d; col++) {
                    g.drawImage(cells[row][col], col * cell, HEADER + row * cell, null);
                }
            }
        } finally {
            g.dispose();
        }
        return Png.of(image);
    }

    private static XYChart scatter(LabelledPoints points, int x, int y, int cell) {
        XYChart chart = ScatterByLabel.chart(points, x, y, cell, cell, 3, false);
        ScatterByLabel.compact(chart);
        return chart;
    }

    private static XYChart histogram(LabelledPoints points, int feature, int cell) {
        XYChart chart = new XYChart(cell, cell);
        ScatterByLabel.compact(chart);
        chart.setXAxisTitle(points.featureNames().get(feature));
        chart.setYAxisTitle("count");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisDecimalPattern("0.##");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        double[] range = points.range(feature);
        // A constant feature still gets a visible bin around its value.
        double lo = range[1] > range[0] ? range[0] : range[0] - 0.5;
        double hi = range[1] > range[0] ? range[1] : range[1] + 0.5;
        for (int label = 0; label < points.labelNames().size(); label++) {
            double[] values = points.column(feature, label);
            if (values.length > 0) {
                Histogram h = new Histogram(Arrays.stream(values).boxed().toList(), BINS, lo, hi);
                XYSeries series = chart.addSeries(points.labelNames().get(label), h.getxAxisData(), h.getyAxisData());
                series.setLineColor(LabelColours.of(label));
                series.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }

    /** Title on the left, then one coloured square and name per label. */
    private static void header(Graphics2D g, LabelledPoints points, String title) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString(title, 10, 30);
        int x = 20 + g.getFontMetrics().stringWidth(title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int label = 0; label < points.labelNames().size(); label++) {
            g.setColor(LabelColours.of(label));
            g.fillRect(x, 19, 12, 12);
            g.setColor(Color.BLACK);
            String name = points.labelNames().get(label);
            g.drawString(name, x + 16, 30);
            x += 28 + g.getFontMetrics().stringWidth(name);
        }
    }
}
