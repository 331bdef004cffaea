package org.ddf.api.blob;

import java.util.UUID;

/**
 * A blob just written.
 *
 * @param id the blob's identifier
 * @param sizeBytes its length
 * @param sha256 lower-case hex SHA-256 of its bytes
 */
public record BlobRef(UUID id, long sizeBytes, String sha256) {
}
