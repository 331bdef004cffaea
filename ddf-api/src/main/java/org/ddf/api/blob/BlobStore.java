package org.ddf.api.blob;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.ddf.api.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Binary data of any length kept as numbered {@code bytea} chunks in {@code blob_chunk}. Writing and reading
 * stream: at most one chunk ({@code ddf.blob.chunk-size}, default 1 MiB) is in memory at a time.
 */
@Component
public class BlobStore {

    private final JdbcClient jdbc;
    private final int chunkSize;

    /**
     * Creates the store.
     *
     * @param jdbc the database
     * @param chunkSize bytes per stored chunk
     */
    public BlobStore(JdbcClient jdbc, @Value("${ddf.blob.chunk-size:1MB}") DataSize chunkSize) {
        if (chunkSize.toBytes() < 1 || chunkSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ddf.blob.chunk-size must be between 1 byte and 2 GiB: " + chunkSize);
        }
        this.jdbc = jdbc;
        this.chunkSize = (int) chunkSize.toBytes();
    }

    /**
     * Stores everything the stream gives, in the caller's transaction or a new one. When the stream is longer than
     * {@code maxBytes} the transaction rolls back, so no chunk of it stays.
     *
     * @param in the data; read to its end, not closed
     * @param maxBytes the largest length accepted
     * @return the new blob's id, length and checksum
     * @throws PayloadTooLargeException when the stream is longer than {@code maxBytes}
     * @throws IOException when reading the stream fails
     */
    @Transactional(rollbackFor = Exception.class)
    public BlobRef write(InputStream in, long maxBytes) throws IOException {
        UUID id = UUID.randomUUID();
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[chunkSize];
        long total = 0;
        int seq = 0;
        int n;
        // seq 0 is written even for an empty stream, so that every blob has a row and open() can find it
        do {
            n = in.readNBytes(buffer, 0, chunkSize);
            total += n;
            if (total > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
            if (n > 0 || seq == 0) {
                sha256.update(buffer, 0, n);
                jdbc.sql("insert into blob_chunk (blob_id, seq, data) values (?, ?, ?)")
                        .params(id, seq++, n == chunkSize ? buffer : Arrays.copyOf(buffer, n))
                        .update();
            }
        } while (n == chunkSize);
        return new BlobRef(id, total, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Opens a blob for reading. The stream fetches one chunk per query as it is read, so it needs no open
     * transaction and may be read after the caller's transaction has ended.
     *
     * @param id the blob
     * @return the stream over the blob's bytes
     * @throws NotFoundException when there is no such blob
     */
    public InputStream open(UUID id) {
        int chunks = jdbc.sql("select count(*) from blob_chunk where blob_id = ?").param(id).query(Integer.class).single();
        if (chunks == 0) {
            throw new NotFoundException("blob", id);
        }
        return new BlobInputStream(jdbc, id, chunks);
    }

    /**
     * Deletes a blob; deleting one that does not exist does nothing.
     *
     * @param id the blob
     */
    @Transactional
    public void delete(UUID id) {
        jdbc.sql("delete from blob_chunk where blob_id = ?").param(id).update();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
