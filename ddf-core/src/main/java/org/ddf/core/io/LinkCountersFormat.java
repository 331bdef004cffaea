package org.ddf.core.io;

import java.util.Locale;

/** The file layouts a link-counter data set may come in. */
public enum LinkCountersFormat {
    /** Header {@code time,LINK_A,LINK_B,...}; one row per timestamp. */
    WIDE_CSV,
    /** Header with three columns {@code time,link,value}; one row per (timestamp, link). */
    LONG_CSV,
    /** {@code {"links":[..],"timestamps":[..],"values":[[..],..]}}, one inner array per timestamp. */
    JSON;

    /**
     * Guesses the format from a file name: {@code .json} is JSON, a name containing {@code long} and ending in
     * {@code .csv} is long CSV, any other {@code .csv} wide CSV.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static LinkCountersFormat fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".csv")) {
            return lower.contains("long") ? LONG_CSV : WIDE_CSV;
        }
        throw new IllegalArgumentException("cannot tell the format of '" + name + "' (expected .csv or .json)");
    }
}
