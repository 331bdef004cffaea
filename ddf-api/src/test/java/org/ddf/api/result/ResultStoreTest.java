package org.ddf.api.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ddf.api.job.JobQueue;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.api.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class ResultStoreTest extends PostgresTest {

    @Autowired
    ResultStore results;
    @Autowired
    JobQueue queue;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    @Test
    void resultsAreKeptPerJobAndName() throws IOException {
        long job = job();

        Result traces = results.save(job, "traces.csv", "text/csv", bytes("a,b\n1,2\n"));
        Result figure = results.save(job, "gasf.png", "image/png", new ByteArrayInputStream(new byte[10_000]));

        assertThat(results.list(job)).extracting(Result::name).containsExactly("traces.csv", "gasf.png");
        assertThat(results.find(job, "gasf.png")).contains(figure);
        assertThat(figure.sizeBytes()).isEqualTo(10_000);
        assertThat(traces.mediaType()).isEqualTo("text/csv");
        try (InputStream in = results.open(traces.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        }
    }

    @Test
    void savingTheSameNameAgainReplacesTheResult() throws IOException {
        long job = job();
        Result first = results.save(job, "report.json", "application/json", bytes("{\"v\": 1}"));
        int chunks = chunks();

        Result second = results.save(job, "report.json", "application/json", bytes("{\"v\": 2}"));

        assertThat(results.list(job)).containsExactly(second);
        assertThat(chunks()).isEqualTo(chunks);
        assertThatThrownBy(() -> results.get(first.id())).isInstanceOf(NotFoundException.class);
        try (InputStream in = results.open(second.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"v\": 2}");
        }
    }

    @Test
    void badNameOrMediaTypeNamesTheField() {
        long job = job();

        assertThatThrownBy(() -> results.save(job, "", "text/csv", bytes("x")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> results.save(job, "x.csv", "not a type", bytes("x")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("mediaType"));
        assertThatThrownBy(() -> results.open(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(results.list(job)).isEmpty();
    }

    private long job() {
        return queue.submit("generate", mapper.readTree("{}"), null).job().id();
    }

    private int chunks() {
        return jdbc.sql("select count(*) from blob_chunk").query(Integer.class).single();
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
