package org.ddf.training.ddf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.ddf.api.dataset.Dataset;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.dataset.NewDataset;
import org.ddf.api.job.Job;
import org.ddf.api.job.JobLookup;
import org.ddf.api.job.JobQueue;
import org.ddf.api.job.JobStatus;
import org.ddf.api.model.Model;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.result.ResultStore;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.pipeline.DdfReference;
import org.ddf.core.flow.pipeline.ScoreFeatures;
import org.ddf.core.io.LinkCountersWriter;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.SimulationSpec;
import org.ddf.training.TrainingTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainDdfHandlerTest extends TrainingTest {

    @Autowired
    DatasetStore datasets;
    @Autowired
    JobQueue queue;
    @Autowired
    JobLookup lookup;
    @Autowired
    ModelRegistry models;
    @Autowired
    ResultStore results;
    @Autowired
    JsonMapper json;

    private Dataset dataset;

    @BeforeAll
    void upload() throws Exception {
        var spec = new SimulationSpec(3, SimulationSpec.genericLinks(104), LocalDate.of(2021, 1, 4), 42,
                Duration.ofHours(1), 4, LocalDate.of(2021, 2, 1), 2);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        LinkCountersWriter.writeWideCsv(new LinkCounterSimulator(spec).run().counters(), csv);
        dataset = datasets.create(new NewDataset(DatasetKind.LINK_COUNTERS, "sim-42d", "csv-wide", json.createObjectNode()),
                new ByteArrayInputStream(csv.toByteArray()));
    }

    @Test
    void trainsStoresTheModelItsEventsAndFiguresAndActivatesIt() {
        ObjectNode params = json.createObjectNode().put("datasetId", dataset.id()).put("epochs", 3).put("k", 3)
                .put("activate", "always");
        params.putObject("newPattern").put("minDays", 4);
        Job job = run(params);
        assertThat(job.status()).as(job.error()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.params().path("profile").asString()).isEqualTo("robust");
        assertThat(job.params().path("learningRate").asDouble()).isEqualTo(0.001);
        assertThat(job.params().path("newPattern").path("outlierFactor").asDouble()).isEqualTo(4.5);
        assertThat(job.params().path("newPattern").path("minDays").asInt()).isEqualTo(4);
        assertThat(job.params().path("newPattern").path("oneSided").asBoolean()).isTrue();
        assertThat(job.params().path("newPattern").path("join").asBoolean()).isTrue();
        assertThat(job.params().path("newPattern").path("joinMargin").asDouble())
                .isEqualTo(ClusteringOptions.ROBUST_NEW_PATTERN_JOIN_MARGIN);
        assertThat(job.params().path("anomalyThresholdFactor").asDouble())
                .isEqualTo(ClusteringOptions.ROBUST_ANOMALY_THRESHOLD_FACTOR);
        assertThat(job.params().path("minClusterShare").asDouble()).isEqualTo(ClusteringOptions.ROBUST_MIN_CLUSTER_SHARE);
        assertThat(job.progress().step()).isEqualTo(3);
        assertThat(lookup.events(job.id())).hasSize(3)
                .allSatisfy(e -> assertThat(e.metrics()).containsKeys("trainLoss", "heldOutLoss"));

        Model model = models.get(job.result().path("modelId").asLong());
        assertThat(model.kind()).isEqualTo("ddf");
        assertThat(models.active("ddf")).map(Model::id).contains(model.id());
        DdfReference reference = json.treeToValue(model.reference(), DdfReference.class);
        assertThat(reference.channels()).isEqualTo(104);
        assertThat(reference.clusters().k()).isEqualTo(3);
        assertThat(reference.clusters().newPatternMinDays()).isEqualTo(4);
        assertThat(reference.clusters().newPatternOutlierFactor()).isEqualTo(4.5);
        assertThat(reference.clusters().newPatternErrorFeature())
                .isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL.reconstructionErrorIndex());
        assertThat(reference.scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
        assertThat(reference.clusters().newPatternJoinMargin()).isEqualTo(ClusteringOptions.ROBUST_NEW_PATTERN_JOIN_MARGIN);
        assertThat(reference.clusters().anomalyThresholdFactor())
                .isEqualTo(ClusteringOptions.ROBUST_ANOMALY_THRESHOLD_FACTOR);
        assertThat(model.metrics().path("heldOutLoss").size()).isEqualTo(3);
        assertThat(results.list(job.id())).extracting(r -> r.name())
                .containsExactlyInAnyOrder("latent-scatter.png", "pair-plot.png", "elbow.png", "clusters.png");
    }

    @Test
    void divergingTrainingFailsWithTheReasonAndStoresNoModel() {
        long before = models.list("ddf", null, org.ddf.api.web.PageQuery.of(0, 1)).totalItems();
        ObjectNode params = json.createObjectNode().put("datasetId", dataset.id()).put("epochs", 3).put("k", 3)
                .put("profile", "faithful").put("learningRate", 1e4);
        Job job = run(params);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).containsIgnoringCase("diverg");
        assertThat(models.list("ddf", null, org.ddf.api.web.PageQuery.of(0, 1)).totalItems()).isEqualTo(before);
    }

    @Test
    void aRangeWithTooFewWindowsFailsNamingIt() {
        ObjectNode params = json.createObjectNode().put("datasetId", dataset.id()).put("epochs", 1)
                .put("trainFrom", "2021-01-05T00:00:00Z").put("trainTo", "2021-01-07T00:00:00Z");
        Job job = run(params);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).contains("trainFrom/trainTo");
    }

    private Job run(ObjectNode params) {
        long id = queue.submit("train-ddf", new TrainDdfHandler(json).validate(params), null).job().id();
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of(JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED)
                        .contains(lookup.get(id).status()));
        return lookup.get(id);
    }
}
