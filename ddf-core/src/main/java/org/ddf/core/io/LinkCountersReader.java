package org.ddf.core.io;

import java.io.IOException;
import java.io.InputStream;
import org.ddf.core.flow.LinkCounters;

/**
 * Reads a link-counter data set from a stream, row by row, onto its regular time grid (see
 * {@link LinkCountersFormat} for the layouts and {@link Timestamps} for the time notations). Missing steps of the
 * grid become NaN rows; empty and {@code NaN} cells become NaN.
 */
public interface LinkCountersReader {

    /**
     * Reads the stream (UTF-8) to its end, then closes it.
     *
     * @throws InvalidDataException naming the row, column or field of the first problem found
     * @throws IOException when the stream fails
     */
    LinkCounters read(InputStream in) throws IOException;

    /** The reader of one format. */
    static LinkCountersReader of(LinkCountersFormat format) {
        return switch (format) {
            case WIDE_CSV -> new WideCsvReader();
            case LONG_CSV -> new LongCsvReader();
            case JSON -> new JsonCountersReader();
        };
    }
}
