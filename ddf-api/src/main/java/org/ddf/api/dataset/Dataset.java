package org.ddf.api.dataset;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A stored data set (its bytes are read with {@link DatasetStore#open(long)}).
 *
 * @param id identifier
 * @param kind what it holds
 * @param name name given at upload
 * @param format encoding of the bytes, e.g. {@code csv}
 * @param shape rows, columns or sequence lengths as measured at upload
 * @param checksum lower-case hex SHA-256 of the bytes
 * @param sizeBytes length of the bytes
 * @param createdAt upload time
 */
public record Dataset(long id, DatasetKind kind, String name, String format, JsonNode shape, String checksum,
                      long sizeBytes, Instant createdAt) {
}
