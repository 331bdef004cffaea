package org.ddf.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test context limits data sets to 64 KiB. */
@SpringBootTest
class DatasetStoreTest extends PostgresTest {

    private static final String CSV = "t,link,bytes\n0,a,100\n1,a,250\n";

    @Autowired
    DatasetStore store;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from blob_chunk where blob_id in (select blob_id from dataset)").update();
        jdbc.sql("delete from dataset").update();
    }

    @Test
    void uploadIsStoredWithChecksumSizeAndShape() throws IOException {
        Dataset created = store.create(meta(DatasetKind.LINK_COUNTERS, "links"), csv());

        Dataset read = store.get(created.id());
        assertThat(read).isEqualTo(created);
        assertThat(read.kind()).isEqualTo(DatasetKind.LINK_COUNTERS);
        assertThat(read.name()).isEqualTo("links");
        assertThat(read.format()).isEqualTo("csv");
        assertThat(read.shape().get("rows").asInt()).isEqualTo(2);
        assertThat(read.sizeBytes()).isEqualTo(CSV.length());
        // from coreutils: printf 't,link,bytes\n0,a,100\n1,a,250\n' | sha256sum
        assertThat(read.checksum()).isEqualTo("ae2a21ba36226cbfef82d7713f23135c0720c89ed6712e52799870acff4251c3");
        try (InputStream in = store.open(created.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        }
    }

    @Test
    void listFiltersByKindAndPagesNewestFirst() throws IOException {
        Dataset a = store.create(meta(DatasetKind.TRACES, "a"), csv());
        Dataset b = store.create(meta(DatasetKind.TRACES, "b"), csv());
        Dataset c = store.create(meta(DatasetKind.TRACES, "c"), csv());
        Dataset sequences = store.create(meta(DatasetKind.PACKET_SEQUENCES, "s"), csv());

        PageView<Dataset> traces = store.list(DatasetKind.TRACES, null, PageQuery.of(0, 2));
        PageView<Dataset> second = store.list(DatasetKind.TRACES, null, PageQuery.of(1, 2));
        PageView<Dataset> all = store.list(null, null, PageQuery.of(null, null));

        assertThat(traces.items()).extracting(Dataset::id).containsExactly(c.id(), b.id());
        assertThat(traces.totalItems()).isEqualTo(3);
        assertThat(traces.totalPages()).isEqualTo(2);
        assertThat(second.items()).extracting(Dataset::id).containsExactly(a.id());
        assertThat(all.items()).extracting(Dataset::id).containsExactly(sequences.id(), c.id(), b.id(), a.id());
    }

    @Test
    void listFiltersByChecksumWithOrWithoutKind() throws IOException {
        Dataset a = store.create(meta(DatasetKind.TRACES, "a"), csv());
        Dataset other = store.create(meta(DatasetKind.TRACES, "other"),
                new ByteArrayInputStream("t,x\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        Dataset sequences = store.create(meta(DatasetKind.PACKET_SEQUENCES, "s"), csv());

        PageView<Dataset> sameBytes = store.list(null, a.checksum(), PageQuery.of(null, null));
        PageView<Dataset> sameBytesTraces = store.list(DatasetKind.TRACES, a.checksum(), PageQuery.of(null, null));
        PageView<Dataset> unknown = store.list(null, "0".repeat(64), PageQuery.of(null, null));

        assertThat(other.checksum()).isNotEqualTo(a.checksum());
        assertThat(sameBytes.items()).extracting(Dataset::id).containsExactly(sequences.id(), a.id());
        assertThat(sameBytesTraces.items()).extracting(Dataset::id).containsExactly(a.id());
        assertThat(unknown.items()).isEmpty();
    }

    @Test
    void deleteRemovesRowAndBytes() throws IOException {
        int chunksBefore = jdbc.sql("select count(*) from blob_chunk").query(Integer.class).single();
        Dataset created = store.create(meta(DatasetKind.TRACES, "gone"), csv());

        store.delete(created.id());

        assertThatThrownBy(() -> store.get(created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.open(created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.delete(created.id())).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from blob_chunk").query(Integer.class).single()).isEqualTo(chunksBefore);
    }

    @Test
    void tooLargeUploadLeavesNoRowAndNoBytes() {
        int chunksBefore = jdbc.sql("select count(*) from blob_chunk").query(Integer.class).single();

        assertThatThrownBy(() -> store.create(meta(DatasetKind.TRACES, "huge"), new ByteArrayInputStream(new byte[64 * 1024 + 1])))
                .isInstanceOf(PayloadTooLargeException.class);

        assertThat(jdbc.sql("select count(*) from dataset").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from blob_chunk").query(Integer.class).single()).isEqualTo(chunksBefore);
    }

    @Test
    void badMetadataNamesTheField() {
        JsonNode shape = mapper.readTree("{}");
        assertThatThrownBy(() -> new NewDataset(DatasetKind.TRACES, " ", "csv", shape))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new NewDataset(DatasetKind.TRACES, "x", "", shape))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThatThrownBy(() -> new NewDataset(DatasetKind.TRACES, "x", "csv", mapper.readTree("3")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("shape"));
        assertThatThrownBy(() -> DatasetKind.of("pcap"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.getMessage()).contains("link-counters, packet-sequences, traces");
                });
        assertThat(DatasetKind.of("packet-sequences")).isEqualTo(DatasetKind.PACKET_SEQUENCES);
    }

    private NewDataset meta(DatasetKind kind, String name) {
        return new NewDataset(kind, name, "csv", mapper.readTree("{\"rows\": 2, \"columns\": 3}"));
    }

    private static InputStream csv() {
        return new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8));
    }
}
