package org.ddf.api.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A {@code result} row, read through JPA; the {@link ResultStore} writes rows in SQL. */
@Entity
@Immutable
@Table(name = "result")
public class ResultEntity {

    @Id
    private Long id;
    @Column(name = "job_id")
    private long jobId;
    private String name;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "blob_id")
    private UUID blobId;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String checksum;
    @Column(name = "created_at")
    private Instant createdAt;

    /** For JPA. */
    protected ResultEntity() {
    }

    Result toResult() {
        return new Result(id, jobId, name, mediaType, sizeBytes, checksum, createdAt);
    }

    UUID blobId() {
        return blobId;
    }
}
