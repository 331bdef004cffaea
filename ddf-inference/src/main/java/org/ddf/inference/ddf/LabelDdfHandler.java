package org.ddf.inference.ddf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ddf.api.dataset.Dataset;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.job.JobContext;
import org.ddf.api.job.JobHandler;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.cluster.WindowLabel;
import org.ddf.core.flow.pipeline.DdfModel;
import org.ddf.core.io.LinkCountersFormat;
import org.ddf.core.io.LinkCountersReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code label-ddf}: labels every complete window of a stored link-counter data set (optionally within
 * [from, to)) with the active model, groups the period's unusual windows into new patterns, and stores the
 * labels as {@code labels.csv} with a summary as the job's result.
 */
@Component
class LabelDdfHandler implements JobHandler {

    private static final int CHUNK = 256;

    private final DdfLabelService service;
    private final JsonMapper json;

    LabelDdfHandler(DdfLabelService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public String kind() {
        return "label-ddf";
    }

    @Override
    public JsonNode validate(JsonNode params) {
        if (!params.path("datasetId").canConvertToLong()) {
            throw new InvalidRequestException("datasetId", "is required (a data set id)");
        }
        for (String f : List.of("from", "to")) {
            if (params.has(f)) {
                try {
                    Instant.parse(params.path(f).asString());
                } catch (RuntimeException e) {
                    throw new InvalidRequestException(f, "must be an ISO-8601 instant such as 2020-01-01T00:00:00Z");
                }
            }
        }
        return params;
    }

    @Override
    public void run(JobContext ctx) throws Exception {
        ServedDdfModel served = service.current();
        DdfModel model = served.model();
        Dataset dataset = ctx.datasets().get(ctx.params().path("datasetId").asLong());
        if (dataset.kind() != DatasetKind.LINK_COUNTERS) {
            throw new InvalidRequestException("datasetId", "data set " + dataset.id() + " is not link-counters");
        }
        LinkCounters counters;
        try (InputStream in = ctx.datasets().open(dataset.id())) {
            counters = LinkCountersReader.of(LinkCountersFormat.ofApiName(dataset.format())).read(in);
        }
        if (!counters.links().equals(model.reference().links())) {
            throw new InvalidRequestException("datasetId", "the data set's links differ from the model's");
        }
        Instant from = Instant.parse(ctx.params().path("from").asString(Instant.MIN.toString()));
        Instant to = Instant.parse(ctx.params().path("to").asString(Instant.MAX.toString()));
        List<TrafficWindow> windows = model.windows(counters).stream()
                .filter(w -> !w.start().isBefore(from) && w.start().isBefore(to)).toList();
        double[][] features = new double[windows.size()][];
        for (int i = 0; i < windows.size(); i += CHUNK) {
            ctx.checkCancelled();
            List<TrafficWindow> chunk = windows.subList(i, Math.min(windows.size(), i + CHUNK));
            FeatureBatch batch = model.features(chunk);
            int cc = model.reference().channels() * model.reference().channels();
            List<float[]> items = new ArrayList<>(chunk.size());
            for (int j = 0; j < chunk.size(); j++) {
                float[] f = new float[cc];
                System.arraycopy(batch.values(), j * cc, f, 0, cc);
                items.add(f);
            }
            double[][] encoded = service.encodeAll(model, items);
            System.arraycopy(encoded, 0, features, i, encoded.length);
            ctx.progress(i + chunk.size(), windows.size(), Double.NaN, "labelled " + (i + chunk.size()) + " windows");
        }
        LabelledWindows labelled = model.label(features, windows.stream().map(TrafficWindow::start).toList());
        ctx.saveResult("labels.csv", "text/csv", new ByteArrayInputStream(csv(windows, labelled, features)
                .getBytes(StandardCharsets.UTF_8)));
        ObjectNode result = json.createObjectNode();
        result.put("modelId", served.id());
        result.put("modelVersion", served.version());
        result.put("windows", windows.size());
        result.put("anomalous", labelled.anomalies());
        result.put("newPatterns", labelled.newPatterns().size());
        ctx.setResult(result);
    }

    private static String csv(List<TrafficWindow> windows, LabelledWindows labelled, double[][] features) throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader("start", "kind", "label", "distance", "anomalyScore",
                "anomalous", "newPattern", "mu1", "mu2", "logvar1", "logvar2").get().print(out)) {
            for (int i = 0; i < windows.size(); i++) {
                WindowLabel l = labelled.windows().get(i);
                p.printRecord(windows.get(i).start(), windows.get(i).kind(), l.label(), l.distance(), l.score(),
                        l.anomalous(), l.newPattern(), features[i][0], features[i][1], features[i][2], features[i][3]);
            }
        }
        return out.toString();
    }
}
