package org.ddf.inference.ddf;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.ddf.api.model.Model;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.model.NewModel;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.pipeline.DdfMetrics;
import org.ddf.core.flow.pipeline.DdfOptions;
import org.ddf.core.flow.pipeline.DdfPlan;
import org.ddf.core.flow.pipeline.DdfReference;
import org.ddf.core.flow.pipeline.DdfTrainer;
import org.ddf.core.flow.pipeline.TrainedDdf;
import org.ddf.core.nn.TrainingListener;
import org.ddf.core.sim.LinkCounterSimulator;
import org.ddf.core.sim.SimulationSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small DDF model (104 links, 40 simulated days from 2021-01-04, 2 epochs, k = 3), trained once per test JVM and
 * registered and activated by each test class that needs it.
 */
final class TrainedTestModel {

    /** The simulated counters it was trained on; row 6 is 2021-01-04T06:00Z, the start of a day window. */
    static final LinkCounters COUNTERS = new LinkCounterSimulator(new SimulationSpec(5, SimulationSpec.genericLinks(104),
            LocalDate.of(2021, 1, 4), 40, Duration.ofHours(1), 4, LocalDate.of(2021, 2, 1), 2)).run().counters();

    /** What the registry stores of it. */
    private record Stored(DdfMetrics metrics, DdfReference reference, byte[] weights) { }

    private static Stored stored;

    private TrainedTestModel() {
    }

    /** Registers the model, activates it and waits until ddf-inference serves it. */
    static Model activate(ModelRegistry registry, JsonMapper json, ActiveDdfModel active) throws Exception {
        Stored ddf = stored();
        Model model = registry.register(new NewModel("ddf", null, json.createObjectNode(), json.valueToTree(ddf.metrics()),
                json.valueToTree(ddf.reference())), new ByteArrayInputStream(ddf.weights()));
        registry.activate(model.id());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> active.current().map(ServedDdfModel::id).orElse(-1L) == model.id());
        return model;
    }

    private static synchronized Stored stored() {
        if (stored == null) {
            DdfOptions options = DdfOptions.robust().withVae(DdfOptions.robust().vae().withEpochs(2))
                    .withClustering(DdfOptions.robust().clustering().withK(3));
            Instant start = COUNTERS.timestamps()[0];
            Instant end = COUNTERS.timestamps()[COUNTERS.rows() - 1].plusSeconds(1);
            TrainedDdf trained = DdfTrainer.train(COUNTERS, DdfPlan.of(start, end), options, null, TrainingListener.NONE);
            try (var model = trained.model()) {
                stored = new Stored(trained.metrics(), model.reference(), model.weights());
            }
        }
        return stored;
    }
}
