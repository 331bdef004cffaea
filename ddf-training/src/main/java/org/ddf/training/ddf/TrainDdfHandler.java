package org.ddf.training.ddf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ddf.api.dataset.Dataset;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.job.JobContext;
import org.ddf.api.job.JobHandler;
import org.ddf.api.model.Model;
import org.ddf.api.model.NewModel;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.cluster.ClusterModel;
import org.ddf.core.flow.pipeline.DdfOptions;
import org.ddf.core.flow.pipeline.DdfPlan;
import org.ddf.core.flow.pipeline.DdfReference;
import org.ddf.core.flow.pipeline.DdfReferenceJson;
import org.ddf.core.flow.pipeline.DdfTrainer;
import org.ddf.core.flow.pipeline.TrainedDdf;
import org.ddf.core.nn.EpochReport;
import org.ddf.core.nn.TrainingDivergedException;
import org.ddf.core.nn.TrainingListener;
import org.ddf.training.dataset.LinkCountersInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs {@code train-ddf}: reads the data set, trains with progress in the job's status and per-epoch losses in
 * its events, stores the figures as results and the model as a candidate (activated when the job says so). A
 * diverging VAE fails the job with the reason and stores no model.
 */
@Component
class TrainDdfHandler implements JobHandler {

    /** The model kind DDF models are registered under. */
    static final String MODEL_KIND = "ddf";

    private static final Logger log = LoggerFactory.getLogger(TrainDdfHandler.class);
    private static final Set<String> ACTIVATE = Set.of("never", "always", "if-better");

    private final JsonMapper json;

    TrainDdfHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String kind() {
        return "train-ddf";
    }

    @Override
    public JsonNode validate(JsonNode params) {
        TrainDdfParams p = parse(params);
        if (p.datasetId() == null) {
            throw new InvalidRequestException("datasetId", "is required");
        }
        if (p.activate() != null && !ACTIVATE.contains(p.activate())) {
            throw new InvalidRequestException("activate", "must be one of " + new TreeSet<>(ACTIVATE));
        }
        requireOrder(p.trainFrom(), p.trainTo(), "trainTo");
        requireOrder(p.referenceFrom(), p.referenceTo(), "referenceTo");
        return json.valueToTree(DdfJobOptions.explicit(p, DdfJobOptions.resolve(p)));
    }

    @Override
    public void run(JobContext ctx) throws Exception {
        TrainDdfParams p = parse(ctx.params());
        DdfOptions options = DdfJobOptions.resolve(p);
        Dataset dataset = ctx.datasets().get(p.datasetId());
        if (dataset.kind() != DatasetKind.LINK_COUNTERS) {
            throw new InvalidRequestException("datasetId", "data set " + dataset.id() + " holds " + dataset.kind().value()
                    + ", not link-counters");
        }
        ctx.progress(0, options.vae().epochs(), Double.NaN, "reading data set " + dataset.id());
        LinkCounters counters;
        try (InputStream in = ctx.datasets().open(dataset.id())) {
            counters = LinkCountersInspector.read(dataset.format(), in);
        }
        DdfPlan plan = plan(p, counters);
        Optional<Model> active = ctx.models().active(MODEL_KIND);
        // centres compare only in the same feature space: same links, same score features
        ClusterModel previous = active.map(this::reference).filter(r -> r.channels() == counters.channels())
                .filter(r -> r.scoreFeatures() == options.scoreFeatures()).map(DdfReference::clusters).orElse(null);

        TrainedDdf trained;
        try {
            trained = DdfTrainer.train(counters, plan, options, previous, listener(ctx));
        } catch (TrainingDivergedException e) {
            throw new IllegalStateException("training diverged, no model stored: " + e.getMessage(), e);
        }
        try (var model = trained.model()) {
            for (Map.Entry<String, byte[]> figure : trained.figures().entrySet()) {
                ctx.saveResult(figure.getKey(), "image/png", new ByteArrayInputStream(figure.getValue()));
            }
            ObjectNode metrics = json.valueToTree(trained.metrics());
            Model stored = ctx.models().register(new NewModel(MODEL_KIND, ctx.jobId(), ctx.params(), metrics,
                    json.valueToTree(model.reference())), new ByteArrayInputStream(model.weights()));
            boolean activated = activate(ctx, p.activate(), stored, active);
            ObjectNode result = json.createObjectNode();
            result.put("modelId", stored.id());
            result.put("modelVersion", stored.version());
            result.put("activated", activated);
            result.put("k", trained.metrics().k());
            result.put("threshold", trained.metrics().threshold());
            result.put("referenceAnomalies", trained.metrics().referenceAnomalies());
            result.put("keptEpoch", trained.metrics().keptEpoch());
            result.put("finalHeldOutLoss", trained.metrics().keptHeldOutLoss());
            result.set("figures", json.valueToTree(trained.figures().keySet().stream().sorted().toList()));
            ctx.setResult(result);
            log.info("job {}: DDF model {} v{} stored (k={}, activated={})", ctx.jobId(), stored.id(), stored.version(),
                    trained.metrics().k(), activated);
        }
    }

    private boolean activate(JobContext ctx, String mode, Model stored, Optional<Model> active) {
        boolean better = active.isEmpty() || heldOut(stored) < heldOut(active.get());
        if ("always".equals(mode) || ("if-better".equals(mode) && better)) {
            ctx.models().activate(stored.id());
            return true;
        }
        return false;
    }

    /** The held-out loss of the VAE a model holds (its kept epoch; the last for models stored before that). */
    private static double heldOut(Model model) {
        JsonNode curve = model.metrics().path("heldOutLoss");
        if (!curve.isArray() || curve.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        int kept = model.metrics().path("keptEpoch").asInt(curve.size());
        return curve.get(Math.min(Math.max(kept, 1), curve.size()) - 1).asDouble();
    }

    private DdfReference reference(Model model) {
        return DdfReferenceJson.read(model.reference());
    }

    private static DdfPlan plan(TrainDdfParams p, LinkCounters counters) {
        var first = counters.timestamps()[0];
        var end = counters.timestamps()[counters.rows() - 1].plusSeconds(1);
        var trainFrom = p.trainFrom() == null ? first : p.trainFrom();
        var trainTo = p.trainTo() == null ? end : p.trainTo();
        var refFrom = p.referenceFrom() == null ? trainFrom : p.referenceFrom();
        var refTo = p.referenceTo() == null ? trainTo : p.referenceTo();
        try {
            return new DdfPlan(trainFrom, trainTo, refFrom, refTo);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("trainFrom", e.getMessage());
        }
    }

    private static TrainingListener listener(JobContext ctx) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochReport r) {
                ctx.progress(r.epoch(), r.epochs(), r.trainLoss(), String.format("epoch %d/%d train %.5f held-out %.5f",
                        r.epoch(), r.epochs(), r.trainLoss(), r.heldOutLoss()));
                ctx.event(r.epoch(), Map.of("trainLoss", r.trainLoss(), "heldOutLoss", r.heldOutLoss()));
            }

            @Override
            public boolean stopRequested() {
                return ctx.isCancelled();
            }
        };
    }

    private TrainDdfParams parse(JsonNode params) {
        if (params == null || !params.isObject()) {
            throw new InvalidRequestException("params", "must be a JSON object");
        }
        Set<String> known = Stream.of(TrainDdfParams.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        for (String name : params.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidRequestException("params." + name, "unknown parameter; known: " + new TreeSet<>(known));
            }
        }
        try {
            return json.treeToValue(params, TrainDdfParams.class);
        } catch (RuntimeException e) {
            throw new InvalidRequestException("params", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireOrder(Instant from, Instant to, String field) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException(field, "must be after the range's start");
        }
    }
}
