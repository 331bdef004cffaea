package org.ddf.core.io;

import java.util.Locale;

/** The file layouts a link-counter data set may come in. */
public enum LinkCountersFormat {
    /** Header {@code time,LINK_A,LINK_B,...}; one row per timestamp. */
    WIDE_CSV("csv-wide"),
    /** Header with three columns {@code time,link,value}; one row per (timestamp, link). */
    LONG_CSV("csv-long"),
    /** {@code {"links":[..],"timestamps":[..],"values":[[..],..]}}, one inner array per timestamp. */
    JSON("json");

    private final String apiName;

    LinkCountersFormat(String apiName) {
        this.apiName = apiName;
    }

    /** The name data sets are stored and uploaded with, e.g. {@code csv-wide}. */
    public String apiName() {
        return apiName;
    }

    /**
     * The format of an API name.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static LinkCountersFormat ofApiName(String name) {
        for (LinkCountersFormat f : values()) {
            if (f.apiName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("must be csv-wide, csv-long or json, was '" + name + "'");
    }

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
