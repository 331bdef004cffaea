package org.ddf.training.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.ddf.api.dataset.DatasetKind;
import tools.jackson.databind.JsonNode;

/**
 * Reads an uploaded file of one data-set kind completely, so that a bad file is refused before anything is
 * stored, and measures its shape. Each pipeline adds one for its kind.
 */
public interface DatasetInspector {

    /** The kind this inspector reads. */
    DatasetKind kind();

    /** The formats it accepts, e.g. {@code csv-wide}. */
    Set<String> formats();

    /**
     * Reads the file.
     *
     * @param format one of {@link #formats()}
     * @param file the spooled upload
     * @return the shape to store with the data set (rows, columns, time range, ...)
     * @throws org.ddf.api.web.InvalidRequestException naming the row or column of the first problem
     */
    JsonNode inspect(String format, Path file) throws IOException;
}
