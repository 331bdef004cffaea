package org.ddf.api.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ddf.api.db.JsonColumns;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.databind.JsonNode;

/** A {@code job_event} row, read through JPA; the {@link JobQueue} writes rows in SQL. */
@Entity
@Immutable
@Table(name = "job_event")
public class JobEventEntity {

    @Id
    private Long id;
    @Column(name = "job_id")
    private long jobId;
    private int epoch;
    @JdbcTypeCode(SqlTypes.JSON)
    private String metrics;
    @Column(name = "created_at")
    private Instant createdAt;

    /** For JPA. */
    protected JobEventEntity() {
    }

    JobEvent toEvent(JsonColumns json) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : json.read(metrics).properties()) {
            values.put(e.getKey(), e.getValue().asDouble());
        }
        return new JobEvent(jobId, epoch, values, createdAt);
    }
}
