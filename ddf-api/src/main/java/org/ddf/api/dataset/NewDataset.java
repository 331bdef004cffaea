package org.ddf.api.dataset;

import org.ddf.api.web.InvalidRequestException;
import tools.jackson.databind.JsonNode;

/**
 * What an upload says about its data.
 *
 * @param kind what the data holds
 * @param name a name for people, 1 to 200 characters
 * @param format the encoding of the bytes, e.g. {@code csv}
 * @param shape a JSON object describing rows, columns or sequence lengths, as the service measured them
 */
public record NewDataset(DatasetKind kind, String name, String format, JsonNode shape) {

    /** Checks every field; throws {@link InvalidRequestException} naming the first bad one. */
    public NewDataset {
        if (kind == null) {
            throw new InvalidRequestException("kind", "is required");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidRequestException("name", "must have 1 to 200 characters");
        }
        if (format == null || format.isBlank()) {
            throw new InvalidRequestException("format", "is required");
        }
        if (shape == null || !shape.isObject()) {
            throw new InvalidRequestException("shape", "must be a JSON object");
        }
    }
}
