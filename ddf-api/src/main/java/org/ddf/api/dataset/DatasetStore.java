package org.ddf.api.dataset;

import java.io.IOException;
import java.io.InputStream;
import org.ddf.api.blob.BlobRef;
import org.ddf.api.blob.BlobStore;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.db.JsonColumns;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Uploads, lists, reads and deletes data sets; the bytes stream into and out of the {@link BlobStore}. */
@Component
public class DatasetStore {

    private final BlobStore blobs;
    private final DatasetRepository repository;
    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final long maxBytes;

    /**
     * Creates the store.
     *
     * @param blobs where the bytes go
     * @param repository reads rows
     * @param jdbc writes rows
     * @param json converts JSON columns
     * @param maxSize largest data set accepted ({@code ddf.datasets.max-size}, default 1 GB)
     */
    public DatasetStore(BlobStore blobs, DatasetRepository repository, JdbcClient jdbc, JsonColumns json,
                        @Value("${ddf.datasets.max-size:1GB}") DataSize maxSize) {
        this.blobs = blobs;
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Stores a data set: its bytes and its row in one transaction.
     *
     * @param meta what the upload says about the data
     * @param data the bytes; read to the end, not closed
     * @return the stored data set with its checksum and size
     * @throws PayloadTooLargeException when the data is longer than {@code ddf.datasets.max-size}
     * @throws IOException when reading the data fails
     */
    @Transactional(rollbackFor = Exception.class)
    public Dataset create(NewDataset meta, InputStream data) throws IOException {
        BlobRef blob = blobs.write(data, maxBytes);
        long id = jdbc.sql("""
                        insert into dataset (kind, name, format, shape, checksum, size_bytes, blob_id)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(meta.kind().value(), meta.name(), meta.format(), json.write(meta.shape()), blob.sha256(),
                        blob.sizeBytes(), blob.id())
                .query(Long.class)
                .single();
        return get(id);
    }

    /**
     * Reads a data set's description.
     *
     * @param id the data set
     * @return it
     * @throws NotFoundException when there is none with this id
     */
    @Transactional(readOnly = true)
    public Dataset get(long id) {
        return entity(id).toDataset(json);
    }

    /**
     * Lists data sets, newest first.
     *
     * @param kind only this kind, or null for all
     * @param checksum only data sets with these bytes (lower-case hex SHA-256, as {@link Dataset#checksum()}), or
     *                 null for all: a client finds out whether its file is stored already
     * @param page the page
     * @return the page
     */
    @Transactional(readOnly = true)
    public PageView<Dataset> list(DatasetKind kind, String checksum, PageQuery page) {
        var pageable = page.toPageable(Sort.by(Sort.Direction.DESC, "id"));
        Page<DatasetEntity> rows;
        if (checksum == null) {
            rows = kind == null ? repository.findAll(pageable) : repository.findByKind(kind.value(), pageable);
        } else {
            rows = kind == null ? repository.findByChecksum(checksum, pageable)
                    : repository.findByKindAndChecksum(kind.value(), checksum, pageable);
        }
        return PageView.of(rows, e -> e.toDataset(json));
    }

    /**
     * Opens a data set's bytes; see {@link BlobStore#open} for how the stream reads.
     *
     * @param id the data set
     * @return the bytes, to be closed by the caller
     * @throws NotFoundException when there is none with this id
     */
    @Transactional(readOnly = true)
    public InputStream open(long id) {
        return blobs.open(entity(id).blobId());
    }

    /**
     * Deletes a data set and its bytes.
     *
     * @param id the data set
     * @throws NotFoundException when there is none with this id
     */
    @Transactional
    public void delete(long id) {
        DatasetEntity entity = entity(id);
        jdbc.sql("delete from dataset where id = ?").param(id).update();
        blobs.delete(entity.blobId());
    }

    private DatasetEntity entity(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("dataset", id));
    }
}
