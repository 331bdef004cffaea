package org.ddf.api.dataset;

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

/** A {@code dataset} row, read through JPA; rows are written by {@link DatasetStore} in SQL. */
@Entity
@Immutable
@Table(name = "dataset")
public class DatasetEntity {

    @Id
    private Long id;
    private String kind;
    private String name;
    private String format;
    @JdbcTypeCode(SqlTypes.JSON)
    private String shape;
    private String checksum;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "blob_id")
    private UUID blobId;
    @Column(name = "created_at")
    private Instant createdAt;

    /** For JPA. */
    protected DatasetEntity() {
    }

    Dataset toDataset(JsonColumns json) {
        return new Dataset(id, DatasetKind.of(kind), name, format, json.read(shape), checksum, sizeBytes, createdAt);
    }

    UUID blobId() {
        return blobId;
    }
}
