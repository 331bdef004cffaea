package org.ddf.api.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.api.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test context stores blobs in 4 KiB chunks, so a few dozen KiB span many chunks. */
@SpringBootTest
class BlobStoreTest extends PostgresTest {

    private static final int CHUNK = 4096;

    @Autowired
    BlobStore blobs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void multiChunkStreamRoundTripsWithItsChecksum() throws Exception {
        byte[] data = new byte[10 * CHUNK + 123];
        new Random(7).nextBytes(data);

        BlobRef ref = blobs.write(new ByteArrayInputStream(data), data.length);

        assertThat(ref.sizeBytes()).isEqualTo(data.length);
        assertThat(ref.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
        assertThat(chunks(ref)).isEqualTo(11);
        try (InputStream in = blobs.open(ref.id())) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void readingHoldsOneChunkAtATime() throws IOException {
        byte[] data = new byte[5 * CHUNK];
        new Random(3).nextBytes(data);
        BlobRef ref = blobs.write(new ByteArrayInputStream(data), data.length);

        try (InputStream in = blobs.open(ref.id())) {
            byte[] first = new byte[100];
            assertThat(in.read(first)).isEqualTo(100);
            // only the rest of the first chunk is buffered, not the blob
            assertThat(in.available()).isEqualTo(CHUNK - 100);
            byte[] big = new byte[3 * CHUNK];
            // a read never crosses a chunk boundary
            assertThat(in.read(big)).isEqualTo(CHUNK - 100);
        }
    }

    @Test
    void checksumMatchesTheKnownSha256OfAbc() throws IOException {
        BlobRef ref = blobs.write(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3);

        assertThat(ref.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void emptyBlobExistsWithTheEmptyChecksum() throws IOException {
        BlobRef ref = blobs.write(InputStream.nullInputStream(), 0);

        assertThat(ref.sizeBytes()).isZero();
        assertThat(ref.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        try (InputStream in = blobs.open(ref.id())) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void streamOverTheLimitWritesNothing() {
        int before = allChunks();
        byte[] data = new byte[3 * CHUNK + 1];

        assertThatThrownBy(() -> blobs.write(new ByteArrayInputStream(data), 3 * CHUNK))
                .isInstanceOf(PayloadTooLargeException.class)
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).maxBytes()).isEqualTo(3 * CHUNK));
        assertThat(allChunks()).isEqualTo(before);
    }

    @Test
    void streamOfExactlyTheLimitIsAccepted() throws IOException {
        BlobRef ref = blobs.write(new ByteArrayInputStream(new byte[3 * CHUNK]), 3 * CHUNK);

        assertThat(ref.sizeBytes()).isEqualTo(3 * CHUNK);
        assertThat(chunks(ref)).isEqualTo(3);
    }

    @Test
    void deletedBlobCannotBeOpened() throws IOException {
        BlobRef ref = blobs.write(new ByteArrayInputStream(new byte[2 * CHUNK]), 2 * CHUNK);

        blobs.delete(ref.id());

        assertThat(chunks(ref)).isZero();
        assertThatThrownBy(() -> blobs.open(ref.id())).isInstanceOf(NotFoundException.class);
    }

    private int chunks(BlobRef ref) {
        return jdbc.sql("select count(*) from blob_chunk where blob_id = ?").param(ref.id()).query(Integer.class).single();
    }

    private int allChunks() {
        return jdbc.sql("select count(*) from blob_chunk").query(Integer.class).single();
    }
}
