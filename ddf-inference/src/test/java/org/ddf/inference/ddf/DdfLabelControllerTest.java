package org.ddf.inference.ddf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.dataset.NewDataset;
import org.ddf.api.flow.LabelRequest;
import org.ddf.api.job.JobLookup;
import org.ddf.api.job.JobQueue;
import org.ddf.api.job.JobStatus;
import org.ddf.api.model.Model;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.result.ResultStore;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.api.web.ServiceUnavailableException;
import org.ddf.core.flow.Correlation;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.io.LinkCountersWriter;
import org.ddf.inference.InferenceApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Label round trips against a model trained in the test, and every kind of bad request. */
@SpringBootTest(classes = InferenceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DdfLabelControllerTest extends PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ModelRegistry registry;
    @Autowired
    DatasetStore datasets;
    @Autowired
    JobQueue queue;
    @Autowired
    JobLookup jobs;
    @Autowired
    ResultStore results;
    @Autowired
    JsonMapper json;

    @Autowired
    ActiveDdfModel active;

    private final LinkCounters counters = TrainedTestModel.COUNTERS;
    private final int firstWindowRow = 6; // 2021-01-04T06:00Z
    private Model model;

    @BeforeAll
    void activate() throws Exception {
        model = TrainedTestModel.activate(registry, json, active);
    }

    @Test
    void countersAndTheirCorrelationMatrixGetTheSameLabel() throws Exception {
        JsonNode byCounters = label(countersRequest(firstWindowRow, 24));
        assertThat(byCounters.path("modelId").asLong()).isEqualTo(model.id());
        assertThat(byCounters.path("windows").size()).isEqualTo(2);
        JsonNode w = byCounters.path("windows").get(0);
        assertThat(w.path("kind").asString()).isEqualTo("DAY");
        assertThat(w.path("label").asInt()).isBetween(0, 2);
        assertThat(w.path("latent").size()).isEqualTo(4);
        assertThat(w.path("anomalyScore").asDouble()).isEqualTo(w.path("distance").asDouble()
                / model.reference().path("clusters").path("threshold").asDouble(), org.assertj.core.data.Offset.offset(1e-9));

        double[][] rows = Arrays.copyOfRange(counters.values(), firstWindowRow, firstWindowRow + 12);
        double[] r = new Correlation(org.ddf.core.flow.CorrelationInput.COUNTERS, false).matrix(rows);
        ArrayNode matrix = json.createArrayNode();
        for (int i = 0; i < 104; i++) {
            ArrayNode row = matrix.addArray();
            for (int j = 0; j < 104; j++) {
                row.add(Double.isNaN(r[i * 104 + j]) ? 0 : r[i * 104 + j]);
            }
        }
        ObjectNode request = json.createObjectNode();
        request.putArray("matrices").addObject().put("start", counters.timestamps()[firstWindowRow].toString()).set("matrix", matrix);
        JsonNode byMatrix = label(request);
        assertThat(byMatrix.path("windows").get(0).path("label").asInt()).isEqualTo(w.path("label").asInt());
        assertThat(byMatrix.path("windows").get(0).path("distance").asDouble())
                .isCloseTo(w.path("distance").asDouble(), org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void concurrentRequestsEachGetTheirOwnWindows() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 6; t++) {
            int offset = firstWindowRow + 24 * t;
            Thread thread = new Thread(() -> {
                try {
                    JsonNode r = label(countersRequest(offset, 24));
                    assertThat(r.path("windows").get(0).path("start").asString())
                            .isEqualTo(counters.timestamps()[offset].toString());
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void badRequestsNameWhatIsWrong() throws Exception {
        ObjectNode wrongCount = countersRequest(firstWindowRow, 12);
        ((ObjectNode) wrongCount.path("counters")).set("links", json.valueToTree(List.of("A", "B", "C")));
        expect400(wrongCount, "counters.links");

        ObjectNode wrongName = countersRequest(firstWindowRow, 12);
        ((ArrayNode) wrongName.path("counters").path("links")).set(0, "NOT_A_LINK");
        expect400(wrongName, "counters.links[0]");

        ObjectNode unsorted = countersRequest(firstWindowRow, 12);
        ArrayNode ts = (ArrayNode) unsorted.path("counters").path("timestamps");
        JsonNode first = ts.get(0);
        ts.set(0, ts.get(1));
        ts.set(1, first);
        expect400(unsorted, "counters.timestamps[1]");

        expect400(countersRequest(firstWindowRow, 5), "counters.timestamps");

        ObjectNode shortRow = countersRequest(firstWindowRow, 12);
        ((ArrayNode) shortRow.path("counters").path("values").get(3)).remove(0);
        expect400(shortRow, "counters.values[3]");

        expect400(countersRequest(firstWindowRow, 12 * 20), "counters");

        ObjectNode infinite = countersRequest(firstWindowRow, 12);
        ((ArrayNode) infinite.path("counters").path("values").get(2)).set(5, "Infinity");
        expect400(infinite, "counters.values[2][5]");

        ObjectNode both = countersRequest(firstWindowRow, 12);
        both.putArray("matrices");
        expect400(both, "counters");
        expect400(json.createObjectNode(), "counters");

        ObjectNode badMatrix = json.createObjectNode();
        ArrayNode m = badMatrix.putArray("matrices").addObject().put("start", "2021-01-04T06:00:00Z").putArray("matrix");
        for (int i = 0; i < 104; i++) {
            ArrayNode row = m.addArray();
            for (int j = 0; j < 104; j++) {
                row.add(i == 0 && j == 1 ? 1.5 : 0.0);
            }
        }
        expect400(badMatrix, "matrices[0].matrix[0][1]");

        mvc.perform(post("/api/v1/ddf/labels").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/ddf/labels").contentType(MediaType.APPLICATION_JSON).content("{\"counters\": [1,"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/ddf/labels").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void withoutAnActiveModelTheServiceSays503() {
        DdfLabelService idle = new DdfLabelService(new ActiveDdfModel(registry, event -> { }),
                new DdfInferenceProperties(null, null, null, null, null, null, null, null, null));
        try {
            assertThatThrownBy(() -> idle.label(new LabelRequest(null, List.of())))
                    .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("no active DDF model");
        } finally {
            idle.close();
        }
    }

    @Test
    void labelDdfJobLabelsAWholeDataSet() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        LinkCountersWriter.writeWideCsv(counters, csv);
        long dataset = datasets.create(new NewDataset(DatasetKind.LINK_COUNTERS, "sim", "csv-wide", json.createObjectNode()),
                new ByteArrayInputStream(csv.toByteArray())).id();
        long id = queue.submit("label-ddf", json.createObjectNode().put("datasetId", dataset), null).job().id();
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> jobs.get(id).status() != JobStatus.QUEUED
                && jobs.get(id).status() != JobStatus.RUNNING);
        var job = jobs.get(id);
        assertThat(job.status()).as(job.error()).isEqualTo(JobStatus.SUCCEEDED);
        int windows = job.result().path("windows").asInt();
        assertThat(windows).isBetween(75, 80);
        var labels = results.find(id, "labels.csv").orElseThrow();
        String text = new String(results.open(labels.id()).readAllBytes());
        assertThat(text.lines().count()).isEqualTo(windows + 1);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("start,kind,label,distance");
    }

    private ObjectNode countersRequest(int from, int rows) {
        ObjectNode table = json.createObjectNode();
        table.set("links", json.valueToTree(counters.links()));
        table.set("timestamps", json.valueToTree(Arrays.stream(counters.timestamps(), from, from + rows)
                .map(Instant::toString).toList()));
        table.set("values", json.valueToTree(Arrays.copyOfRange(counters.values(), from, from + rows)));
        ObjectNode request = json.createObjectNode();
        request.set("counters", table);
        return request;
    }

    private JsonNode label(ObjectNode request) throws Exception {
        String body = mvc.perform(post("/api/v1/ddf/labels").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(request)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private void expect400(ObjectNode request, String field) throws Exception {
        mvc.perform(post("/api/v1/ddf/labels").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }
}
