package org.ddf.api.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a blob chunk by chunk, one query per chunk, holding only the current chunk. */
final class BlobInputStream extends InputStream {

    private static final byte[] NONE = new byte[0];

    private final JdbcClient jdbc;
    private final UUID id;
    private final int chunks;
    private int nextSeq;
    private byte[] chunk = NONE;
    private int pos;

    BlobInputStream(JdbcClient jdbc, UUID id, int chunks) {
        this.jdbc = jdbc;
        this.id = id;
        this.chunks = chunks;
    }

    @Override
    public int read() throws IOException {
        return fill() ? chunk[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.length - pos;
    }

    @Override
    public void close() {
        chunk = NONE;
        pos = 0;
        nextSeq = chunks;
    }

    /** Makes sure unread bytes are in {@link #chunk}; false at the end of the blob. */
    private boolean fill() throws IOException {
        while (pos == chunk.length) {
            if (nextSeq == chunks) {
                return false;
            }
            int seq = nextSeq++;
            chunk = jdbc.sql("select data from blob_chunk where blob_id = ? and seq = ?")
                    .params(id, seq)
                    .query(byte[].class)
                    .optional()
                    .orElseThrow(() -> new IOException("blob " + id + " was deleted while being read (chunk " + seq + ")"));
            pos = 0;
        }
        return true;
    }
}
