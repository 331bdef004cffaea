package org.ddf.api.result;

import java.time.Instant;

/**
 * An output of a job: generated traces, a report, a figure (its bytes are read with {@link ResultStore#open}).
 *
 * @param id identifier
 * @param jobId the job that produced it
 * @param name its name within the job, e.g. {@code fidelity.json}
 * @param mediaType e.g. {@code image/png}
 * @param sizeBytes length of the bytes
 * @param checksum lower-case hex SHA-256 of the bytes
 * @param createdAt when it was written
 */
public record Result(long id, long jobId, String name, String mediaType, long sizeBytes, String checksum,
                     Instant createdAt) {
}
