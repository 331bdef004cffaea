package org.ddf.api.result;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ddf.api.blob.BlobRef;
import org.ddf.api.blob.BlobStore;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.api.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** The outputs of jobs, by job and name; the bytes stream into and out of the {@link BlobStore}. */
@Component
public class ResultStore {

    private final BlobStore blobs;
    private final ResultRepository repository;
    private final JdbcClient jdbc;
    private final long maxBytes;

    /**
     * Creates the store.
     *
     * @param blobs where the bytes go
     * @param repository reads rows
     * @param jdbc writes rows
     * @param maxSize largest result accepted ({@code ddf.results.max-size}, default 512 MB)
     */
    public ResultStore(BlobStore blobs, ResultRepository repository, JdbcClient jdbc,
                       @Value("${ddf.results.max-size:512MB}") DataSize maxSize) {
        this.blobs = blobs;
        this.repository = repository;
        this.jdbc = jdbc;
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Stores a result of a job. A result of the same name is replaced, so a job that runs again after a lost
     * lease writes its outputs idempotently.
     *
     * @param jobId the job
     * @param name the result's name within the job, 1 to 200 characters
     * @param mediaType e.g. {@code text/csv}
     * @param data the bytes; read to the end, not closed
     * @return the stored result
     * @throws InvalidRequestException naming {@code name} or {@code mediaType} when malformed
     * @throws PayloadTooLargeException when the data is longer than {@code ddf.results.max-size}
     * @throws IOException when reading the data fails
     */
    @Transactional(rollbackFor = Exception.class)
    public Result save(long jobId, String name, String mediaType, InputStream data) throws IOException {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidRequestException("name", "must have 1 to 200 characters");
        }
        String type = parseMediaType(mediaType);
        BlobRef blob = blobs.write(data, maxBytes);
        Optional<UUID> replaced = jdbc.sql("delete from result where job_id = ? and name = ? returning blob_id")
                .params(jobId, name)
                .query(UUID.class)
                .optional();
        replaced.ifPresent(blobs::delete);
        long id = jdbc.sql("""
                        insert into result (job_id, name, media_type, blob_id, size_bytes, checksum)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(jobId, name, type, blob.id(), blob.sizeBytes(), blob.sha256())
                .query(Long.class)
                .single();
        return get(id);
    }

    /**
     * Reads a result's description.
     *
     * @param id the result
     * @return it
     * @throws NotFoundException when there is none with this id
     */
    @Transactional(readOnly = true)
    public Result get(long id) {
        return entity(id).toResult();
    }

    /**
     * Finds a job's result by name.
     *
     * @param jobId the job
     * @param name the result's name
     * @return the result, if the job wrote one of that name
     */
    @Transactional(readOnly = true)
    public Optional<Result> find(long jobId, String name) {
        return repository.findByJobIdAndName(jobId, name).map(ResultEntity::toResult);
    }

    /**
     * Lists a job's results.
     *
     * @param jobId the job
     * @return its results in the order written
     */
    @Transactional(readOnly = true)
    public List<Result> list(long jobId) {
        return repository.findByJobIdOrderById(jobId).stream().map(ResultEntity::toResult).toList();
    }

    /**
     * Opens a result's bytes; see {@link BlobStore#open} for how the stream reads.
     *
     * @param id the result
     * @return the bytes, to be closed by the caller
     * @throws NotFoundException when there is none with this id
     */
    @Transactional(readOnly = true)
    public InputStream open(long id) {
        return blobs.open(entity(id).blobId());
    }

    private ResultEntity entity(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("result", id));
    }

    private static String parseMediaType(String mediaType) {
        try {
            return MediaType.parseMediaType(mediaType).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("mediaType", "is not a media type: '" + mediaType + "'", e);
        }
    }
}
