package org.ddf.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddf.cli.http.ApiException;
import org.ddf.cli.http.JsonHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EarlierRunsTest {

    @TempDir
    Path dir;

    FakeTraining server;
    ByteArrayOutputStream printed;
    EarlierRuns runs;

    @BeforeEach
    void start() throws IOException {
        server = new FakeTraining();
        printed = new ByteArrayOutputStream();
        runs = new EarlierRuns(new JsonHttp(server.url()), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aSecondRunUsesTheStoredDataSetAndGetsTheTrainedJobBack() throws IOException {
        Path csv = Files.writeString(dir.resolve("counters.csv"), "t,a\n1,2\n");

        JsonNode first = runs.dataset(csv, "demo");
        JsonNode firstJob = runs.submitTraining(job(first), "demo-key");
        server.finish(firstJob.path("id").asLong());
        JsonNode second = runs.dataset(csv, "demo");
        JsonNode secondJob = runs.submitTraining(job(second), "demo-key");

        assertThat(server.uploads).isEqualTo(1);
        assertThat(second.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(secondJob.path("id").asLong()).isEqualTo(firstJob.path("id").asLong());
        assertThat(secondJob.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("2/5 uploading", "2/5 using data set " + first.path("id").asLong())
                .contains("reusing the model of job " + firstJob.path("id").asLong());
    }

    @Test
    void otherBytesAreUploadedAgain() throws IOException {
        JsonNode a = runs.dataset(Files.writeString(dir.resolve("a.csv"), "t,a\n1,2\n"), "demo");
        JsonNode b = runs.dataset(Files.writeString(dir.resolve("b.csv"), "t,a\n1,3\n"), "demo");

        assertThat(server.uploads).isEqualTo(2);
        assertThat(b.path("id").asLong()).isNotEqualTo(a.path("id").asLong());
    }

    @Test
    void stepsOverEarlierJobsWithOtherParametersAlongTheKeyChain() {
        server.jobs.put("demo-key", new FakeJob(1, "{\"datasetId\":99}"));
        server.jobs.put("demo-key-after-1", new FakeJob(4, "{\"datasetId\":98}"));

        JsonNode submitted = runs.submitTraining(job(7), "demo-key");

        assertThat(submitted.path("status").asString()).isEqualTo("QUEUED");
        assertThat(server.jobs.get("demo-key-after-4").id()).isEqualTo(submitted.path("id").asLong());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("earlier demo jobs [1, 4] had other parameters")
                .doesNotContain("reusing");
    }

    @Test
    void givesUpAfterTheMostEarlierJobs() {
        String key = "demo-key";
        for (int id = 1; id <= EarlierRuns.MAX_SUPERSEDED + 1; id++) {
            server.jobs.put(key, new FakeJob(id, "{\"datasetId\":" + (1000 + id) + "}"));
            key = "demo-key-after-" + id;
        }

        assertThatThrownBy(() -> runs.submitTraining(job(7), "demo-key"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    private static ObjectNode job(JsonNode dataset) {
        return job(dataset.path("id").asLong());
    }

    private static ObjectNode job(long datasetId) {
        ObjectNode params = JsonHttp.json().createObjectNode().put("datasetId", datasetId);
        ObjectNode job = JsonHttp.json().createObjectNode().put("kind", "train-ddf");
        job.set("params", params);
        return job;
    }

    private record FakeJob(long id, String params) {
    }

    /**
     * The two resources of ddf-training the demo's reuse depends on, with the platform's rules: data sets listed by
     * checksum, newest first; a job under an idempotency key comes back when the request is the same and is a 409
     * naming it when the request differs.
     */
    private static final class FakeTraining {

        final HttpServer http;
        final Map<String, FakeJob> jobs = new HashMap<>();
        final Set<Long> finished = new HashSet<>();
        final List<String> checksums = new ArrayList<>();
        int uploads;
        long nextJob = 100;

        FakeTraining() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/api/v1/datasets", this::datasets);
            http.createContext("/api/v1/jobs", this::jobs);
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        void stop() {
            http.stop(0);
        }

        void finish(long id) {
            finished.add(id);
        }

        synchronized void datasets(HttpExchange exchange) throws IOException {
            if (exchange.getRequestMethod().equals("POST")) {
                uploads++;
                checksums.add(sha256(exchange.getRequestBody().readAllBytes()));
                int id = checksums.size();
                reply(exchange, 201, "{\"id\":" + id + ",\"checksum\":\"" + checksums.get(id - 1) + "\"}");
                return;
            }
            String checksum = exchange.getRequestURI().getQuery().replaceAll(".*checksum=([0-9a-f]+).*", "$1");
            StringBuilder items = new StringBuilder();
            for (int id = checksums.size(); id >= 1; id--) {
                if (checksums.get(id - 1).equals(checksum)) {
                    items.append("{\"id\":").append(id).append(",\"checksum\":\"").append(checksum).append("\"}");
                    break; // size=1: the newest only
                }
            }
            reply(exchange, 200, "{\"items\":[" + items + "]}");
        }

        synchronized void jobs(HttpExchange exchange) throws IOException {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String params = JsonHttp.json().readTree(exchange.getRequestBody().readAllBytes()).path("params").toString();
            FakeJob existing = jobs.get(key);
            if (existing == null) {
                FakeJob created = new FakeJob(nextJob++, params);
                jobs.put(key, created);
                reply(exchange, 201, "{\"id\":" + created.id() + ",\"status\":\"QUEUED\"}");
            } else if (existing.params().equals(params)) {
                String status = finished.contains(existing.id()) ? "SUCCEEDED" : "QUEUED";
                reply(exchange, 200, "{\"id\":" + existing.id() + ",\"status\":\"" + status + "\"}");
            } else {
                reply(exchange, 409, "{\"status\":409,\"existingJobId\":" + existing.id() + "}");
            }
        }

        private static void reply(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
