package org.ddf.core.io;

/** Parses one counter cell: a finite number, or missing (empty or {@code NaN}, any case) as {@link Double#NaN}. */
final class CellValues {

    private CellValues() {
    }

    /**
     * @throws IllegalArgumentException for text that is neither a finite number nor a missing marker
     */
    static double parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + s + "'");
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite value: '" + s + "'");
        }
        return v;
    }
}
