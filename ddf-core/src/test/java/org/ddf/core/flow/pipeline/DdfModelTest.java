package org.ddf.core.flow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.cluster.ClusteringOptions;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.nn.TrainingListener;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.SimulationSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A small trained model: its reference survives JSON, and the stored weights label exactly as the model did. */
class DdfModelTest {

    /** Six weeks on 24 links, no regime change inside, 2 anomalies. */
    private static final SimulationSpec SPEC = new SimulationSpec(3L, SimulationSpec.genericLinks(24),
            LocalDate.of(2018, 1, 1), 42, Duration.ofHours(1), 4, LocalDate.of(2019, 1, 1), 2);

    private static LinkCounters counters;
    private static TrainedDdf trained;

    @BeforeAll
    static void train() {
        counters = new LinkCounterSimulator(SPEC).run().counters();
        trained = train(DdfOptions.robust());
    }

    private static TrainedDdf train(DdfOptions profile) {
        DdfOptions options = profile.withVae(profile.vae().withEpochs(2));
        return DdfTrainer.train(counters, DdfPlan.of(counters.timestamps()[0],
                counters.timestamps()[counters.rows() - 1].plusSeconds(3600)), options, null, TrainingListener.NONE);
    }

    @AfterAll
    static void close() {
        trained.model().close();
    }

    @Test
    void referenceSurvivesAJsonRoundTrip() {
        JsonMapper mapper = JsonMapper.builder().build();
        DdfReference reference = trained.model().reference();

        String json = mapper.writeValueAsString(reference);
        DdfReference back = mapper.readValue(json, DdfReference.class);

        assertThat(json).contains("\"links\":[\"L000\"").contains("\"scoreFeatures\":\"" + reference.scoreFeatures());
        assertThat(back).usingRecursiveComparison().isEqualTo(reference);
        assertThat(back.channels()).isEqualTo(24);
        assertThat(back.featureOptions()).isEqualTo(reference.featureOptions());
    }

    @Test
    void referenceStoredBeforeTheNewPatternParametersLoadsWithTheirDefaults() {
        JsonMapper mapper = JsonMapper.builder().build();
        DdfReference reference = trained.model().reference();
        ObjectNode stored = (ObjectNode) mapper.valueToTree(reference);
        ((ObjectNode) stored.get("clusters")).remove(List.of("shrinkage", "newPatternMinDays",
                "newPatternTimeRadiusDays", "newPatternRadiusFactor", "newPatternOutlierFactor"));

        DdfReference back = DdfReferenceJson.read(stored);

        assertThat(stored.get("clusters").has("newPatternMinDays")).isFalse();
        ClusteringOptions defaults = ClusteringOptions.defaults();
        assertThat(back.clusters().newPatternMinDays()).isEqualTo(defaults.newPatternMinDays());
        assertThat(back.clusters().newPatternOutlierFactor()).isEqualTo(defaults.newPatternOutlierFactor());
        assertThat(back.clusters().shrinkage()).isEqualTo(defaults.shrinkage());
        assertThat(back.clusters().threshold()).isEqualTo(reference.clusters().threshold());
        assertThat(DdfReferenceJson.read(mapper.valueToTree(reference))).usingRecursiveComparison().isEqualTo(reference);
    }

    @Test
    void loadedModelLabelsTheWindowsExactlyAsTheTrainedOne() {
        JsonMapper mapper = JsonMapper.builder().build();
        DdfModel model = trained.model();
        DdfReference stored = mapper.readValue(mapper.writeValueAsString(model.reference()), DdfReference.class);

        try (DdfModel loaded = DdfModel.load(stored, model.weights())) {
            FeatureBatch batch = loaded.features(loaded.windows(counters));
            LabelledWindows again = loaded.label(batch);
            LabelledWindows original = model.label(model.features(model.windows(counters)));

            assertThat(batch.size()).isEqualTo(trained.metrics().referenceWindows());
            assertThat(again.windows()).isEqualTo(original.windows());
            assertThat(again.anomalies()).isEqualTo(trained.metrics().referenceAnomalies());
        }
    }

    @Test
    void theDefaultStoresItsLinearResidualAfterTheVaeWeights() {
        DdfModel model = trained.model();
        byte[] stored = model.weights();
        byte[] vaeOnly = model.vae().weights();

        assertThat(model.reference().scoreFeatures()).isEqualTo(ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL);
        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("DDFM");
        // D = 24² features: the mean and 8 components as floats, with a 12-byte header
        assertThat(stored.length).isEqualTo(4 + 4 + vaeOnly.length + 12 + 4 * 576 * 9);
        assertThatThrownBy(() -> DdfModel.load(model.reference(), Arrays.copyOf(stored, stored.length - 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linear residual");
        assertThatThrownBy(() -> new DdfModel(model.vae(), model.reference(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LATENT_AND_LINEAR_RESIDUAL");
    }

    @Test
    void aModelScoringTheReconstructionErrorStoresTheVaeWeightsAloneAndLoadsThem() {
        TrainedDdf withError = train(DdfOptions.robust().withScoreFeatures(ScoreFeatures.LATENT_AND_RECONSTRUCTION));
        try (DdfModel model = withError.model()) {
            assertThat(model.weights()).isEqualTo(model.vae().weights());
            try (DdfModel loaded = DdfModel.load(model.reference(), model.weights())) {
                FeatureBatch batch = model.features(model.windows(counters));
                assertThat(loaded.label(batch).windows()).isEqualTo(model.label(batch).windows());
                assertThat(loaded.scoreFeatures(batch.values(), batch.size())[0]).hasSize(5)
                        .isEqualTo(model.scoreFeatures(batch.values(), batch.size())[0]);
            }
        }
    }
}
