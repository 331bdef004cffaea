package org.ddf.api.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.ddf.api.blob.BlobRef;
import org.ddf.api.blob.BlobStore;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.db.JsonColumns;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Versioned models per kind: training jobs register candidates, someone activates one, serving services load the
 * active one and hear of activations through {@link ModelActivatedEvent}. Changes of one kind are serialised by a
 * transaction-scoped advisory lock, so versions never collide and at most one model per kind is active.
 */
@Component
public class ModelRegistry {

    /** The PostgreSQL channel on which activations are announced, payload {@code <kind>:<id>}. */
    public static final String CHANNEL = "ddf_model_activated";

    private final BlobStore blobs;
    private final ModelRepository repository;
    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final long maxBytes;

    /**
     * Creates the registry.
     *
     * @param blobs where the weights go
     * @param repository reads rows
     * @param jdbc writes rows
     * @param json converts JSON columns
     * @param maxSize largest weights accepted ({@code ddf.models.max-size}, default 1 GB)
     */
    public ModelRegistry(BlobStore blobs, ModelRepository repository, JdbcClient jdbc, JsonColumns json,
                         @Value("${ddf.models.max-size:1GB}") DataSize maxSize) {
        this.blobs = blobs;
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Registers a candidate with the next version of its kind. A job that registers again (after its lease was
     * taken over and it ran a second time) gets the model it registered first, and the new weights are not read.
     *
     * @param model what to register besides the weights
     * @param weights the serialized weights; read to the end, not closed
     * @return the candidate
     * @throws PayloadTooLargeException when the weights are longer than {@code ddf.models.max-size}
     * @throws IOException when reading the weights fails
     */
    @Transactional(rollbackFor = Exception.class)
    public Model register(NewModel model, InputStream weights) throws IOException {
        lockKind(model.kind());
        if (model.sourceJobId() != null) {
            Optional<Long> earlier = jdbc.sql("select id from model where kind = ? and source_job_id = ?")
                    .params(model.kind(), model.sourceJobId())
                    .query(Long.class)
                    .optional();
            if (earlier.isPresent()) {
                return get(earlier.get());
            }
        }
        BlobRef blob = blobs.write(weights, maxBytes);
        long id = jdbc.sql("""
                        insert into model (kind, version, source_job_id, config, metrics, reference,
                                           weights_blob_id, weights_size_bytes, weights_checksum)
                        values (?, (select coalesce(max(version), 0) + 1 from model where kind = ?), ?,
                                cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
                        returning id""")
                .params(model.kind(), model.kind(), model.sourceJobId(), json.write(model.config()),
                        json.write(model.metrics()), json.write(model.reference()), blob.id(), blob.sizeBytes(),
                        blob.sha256())
                .query(Long.class)
                .single();
        return get(id);
    }

    /**
     * Makes a model the active one of its kind: the previously active one is retired, and {@value #CHANNEL} is
     * notified (delivered when the transaction commits). Activating the active model changes nothing.
     *
     * @param id the model
     * @return the model, now active
     * @throws NotFoundException when there is no such model
     */
    @Transactional
    public Model activate(long id) {
        String kind = kindOf(id);
        lockKind(kind);
        // retire before activating: the partial unique index allows one active row per kind at every statement
        jdbc.sql("update model set status = 'retired' where kind = ? and status = 'active' and id <> ?")
                .params(kind, id)
                .update();
        int changed = jdbc.sql("update model set status = 'active', activated_at = now() where id = ? and status <> 'active'")
                .param(id)
                .update();
        if (changed == 1) {
            jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, kind + ":" + id).query().singleRow();
        }
        return get(id);
    }

    /**
     * Retires a model. Retiring the active model leaves its kind without one; serving services keep what they
     * loaded until another is activated.
     *
     * @param id the model
     * @return the model, now retired
     * @throws NotFoundException when there is no such model
     */
    @Transactional
    public Model retire(long id) {
        lockKind(kindOf(id));
        jdbc.sql("update model set status = 'retired' where id = ?").param(id).update();
        return get(id);
    }

    /**
     * Reads a model.
     *
     * @param id the model
     * @return it
     * @throws NotFoundException when there is no such model
     */
    @Transactional(readOnly = true)
    public Model get(long id) {
        return entity(id).toModel(json);
    }

    /**
     * Finds the active model of a kind.
     *
     * @param kind the model kind
     * @return the active model, empty when none is
     */
    @Transactional(readOnly = true)
    public Optional<Model> active(String kind) {
        return repository.findByKindAndStatus(kind, ModelStatus.ACTIVE.value()).map(e -> e.toModel(json));
    }

    /**
     * Lists models, newest first.
     *
     * @param kind only this kind, or null for all
     * @param status only this status, or null for all
     * @param page the page
     * @return the page
     */
    @Transactional(readOnly = true)
    public PageView<Model> list(String kind, ModelStatus status, PageQuery page) {
        var rows = repository.search(kind, status == null ? null : status.value(),
                page.toPageable(Sort.by(Sort.Direction.DESC, "id")));
        return PageView.of(rows, e -> e.toModel(json));
    }

    /**
     * Opens a model's weights; see {@link BlobStore#open} for how the stream reads.
     *
     * @param id the model
     * @return the weights, to be closed by the caller
     * @throws NotFoundException when there is no such model
     */
    @Transactional(readOnly = true)
    public InputStream openWeights(long id) {
        return blobs.open(entity(id).weightsBlobId());
    }

    private ModelEntity entity(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("model", id));
    }

    /** Reads the kind in SQL, so that no stale entity sits in the persistence context while rows change. */
    private String kindOf(long id) {
        return jdbc.sql("select kind from model where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("model", id));
    }

    private void lockKind(String kind) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('ddf-model:' || ?))").param(kind).query().singleRow();
    }
}
