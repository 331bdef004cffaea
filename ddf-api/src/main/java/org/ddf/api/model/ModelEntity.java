package org.ddf.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.ddf.api.db.JsonColumns;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A {@code model} row, read through JPA; the {@link ModelRegistry} writes rows in SQL. */
@Entity
@Immutable
@Table(name = "model")
public class ModelEntity {

    @Id
    private Long id;
    private String kind;
    private int version;
    @Column(name = "source_job_id")
    private Long sourceJobId;
    private String status;
    @JdbcTypeCode(SqlTypes.JSON)
    private String config;
    @JdbcTypeCode(SqlTypes.JSON)
    private String metrics;
    @JdbcTypeCode(SqlTypes.JSON)
    private String reference;
    @Column(name = "weights_blob_id")
    private UUID weightsBlobId;
    @Column(name = "weights_size_bytes")
    private long weightsSizeBytes;
    @Column(name = "weights_checksum")
    private String weightsChecksum;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "activated_at")
    private Instant activatedAt;

    /** For JPA. */
    protected ModelEntity() {
    }

    Model toModel(JsonColumns json) {
        return new Model(id, kind, version, sourceJobId, ModelStatus.of(status), json.read(config), json.read(metrics),
                json.read(reference), weightsSizeBytes, weightsChecksum, createdAt, activatedAt);
    }

    UUID weightsBlobId() {
        return weightsBlobId;
    }
}
