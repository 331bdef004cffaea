package org.ddf.core.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills NaN counters as the original does: with the column's (link's) mean over all the data given, then with
 * the row's (time step's) mean, then 0 when both are empty. The data given is not changed.
 */
public final class MissingValues {

    private MissingValues() {
    }

    /** Fills a whole table; column means are taken over all its rows ("over the year"). */
    public static FillResult<LinkCounters> fill(LinkCounters counters) {
        double[][] rows = copy(counters.values());
        int[] counts = fill(List.<double[][]>of(rows), counters.channels());
        return new FillResult<>(new LinkCounters(counters.links(), counters.timestamps(), rows), counts[0], counts[1], counts[2]);
    }

    /**
     * Fills the rows of windows cut from raw counters; column means are taken over the rows of all the windows.
     * Filling after cutting keeps gaps (missing rows) out of the windows instead of filling them with means.
     */
    public static FillResult<List<TrafficWindow>> fill(List<TrafficWindow> windows) {
        if (windows.isEmpty()) {
            return new FillResult<>(List.of(), 0, 0, 0);
        }
        List<double[][]> blocks = new ArrayList<>(windows.size());
        for (TrafficWindow w : windows) {
            blocks.add(copy(w.rows()));
        }
        int[] counts = fill(blocks, windows.get(0).channels());
        List<TrafficWindow> filled = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            TrafficWindow w = windows.get(i);
            filled.add(new TrafficWindow(w.start(), w.end(), w.kind(), w.plotLabel(), blocks.get(i)));
        }
        return new FillResult<>(List.copyOf(filled), counts[0], counts[1], counts[2]);
    }

    /** Fills in place; returns the counts by column mean, by row mean and with zero. */
    private static int[] fill(List<double[][]> blocks, int width) {
        double[] sums = new double[width];
        int[] present = new int[width];
        for (double[][] block : blocks) {
            for (double[] row : block) {
                if (row.length != width) {
                    throw new IllegalArgumentException("rows of " + row.length + " values among rows of " + width);
                }
                for (int c = 0; c < width; c++) {
                    if (!Double.isNaN(row[c])) {
                        sums[c] += row[c];
                        present[c]++;
                    }
                }
            }
        }
        int[] counts = new int[3];
        for (double[][] block : blocks) {
            for (double[] row : block) {
                fillRow(row, sums, present, counts);
            }
        }
        return counts;
    }

    private static void fillRow(double[] row, double[] sums, int[] present, int[] counts) {
        boolean columnEmptyCell = false;
        double rowSum = 0;
        int rowPresent = 0;
        for (int c = 0; c < row.length; c++) {
            if (Double.isNaN(row[c]) && present[c] > 0) {
                row[c] = sums[c] / present[c];
                counts[0]++;
            }
            if (Double.isNaN(row[c])) {
                columnEmptyCell = true;
            } else {
                rowSum += row[c];
                rowPresent++;
            }
        }
        if (!columnEmptyCell) {
            return;
        }
        double rowMean = rowPresent > 0 ? rowSum / rowPresent : 0.0;
        for (int c = 0; c < row.length; c++) {
            if (Double.isNaN(row[c])) {
                row[c] = rowMean;
                counts[rowPresent > 0 ? 1 : 2]++;
            }
        }
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }
}
