package org.ddf.api.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ddf.api.db.JsonColumns;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A {@code job} row, read through JPA; the {@link JobQueue} changes rows in SQL. */
@Entity
@Immutable
@Table(name = "job")
public class JobEntity {

    @Id
    private Long id;
    private String kind;
    private String status;
    @JdbcTypeCode(SqlTypes.JSON)
    private String params;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    private int attempts;
    @Column(name = "max_attempts")
    private int maxAttempts;
    @Column(name = "lease_owner")
    private String leaseOwner;
    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;
    @Column(name = "cancel_requested")
    private boolean cancelRequested;
    @Column(name = "progress_step")
    private Long progressStep;
    @Column(name = "progress_total")
    private Long progressTotal;
    @Column(name = "progress_loss")
    private Double progressLoss;
    @Column(name = "progress_eta_seconds")
    private Long progressEtaSeconds;
    @Column(name = "progress_message")
    private String progressMessage;
    private String error;
    @JdbcTypeCode(SqlTypes.JSON)
    private String result;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** For JPA. */
    protected JobEntity() {
    }

    Job toJob(JsonColumns json) {
        Progress progress = progressStep == null ? null
                : new Progress(progressStep, progressTotal, progressLoss, progressEtaSeconds, progressMessage);
        return new Job(id, kind, JobStatus.valueOf(status), json.read(params), idempotencyKey, attempts, maxAttempts,
                leaseOwner, leaseExpiresAt, cancelRequested, progress, error, json.read(result), createdAt, startedAt,
                finishedAt, updatedAt);
    }
}
