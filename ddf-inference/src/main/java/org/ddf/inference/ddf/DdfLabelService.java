package org.ddf.inference.ddf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ddf.api.flow.LabelRequest;
import org.ddf.api.flow.LabelResponse;
import org.ddf.api.flow.ServedModel;
import org.ddf.api.flow.WindowLabel;
import org.ddf.api.web.ServiceUnavailableException;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.pipeline.DdfModel;
import org.ddf.inference.batching.MicroBatcher;
import org.springframework.stereotype.Service;

/**
 * Labels windows with the active DDF model. The HTTP thread checks and prepares the request; the VAE runs on the
 * model threads of the {@link MicroBatcher} (one per processor by default), which merges concurrent requests into
 * batches; scoring and new-pattern grouping run back on the HTTP thread.
 */
@Service
class DdfLabelService implements AutoCloseable {

    /** One window for the model thread, with the model it must meet (a swap may happen while it waits). */
    private record Encode(DdfModel model, float[] features) { }

    private final ActiveDdfModel active;
    private final DdfInferenceProperties properties;
    private final LabelRequestReader reader;
    private final MicroBatcher<Encode, double[]> batcher;

    DdfLabelService(ActiveDdfModel active, DdfInferenceProperties properties) {
        this.active = active;
        this.properties = properties;
        this.reader = new LabelRequestReader(properties);
        this.batcher = new MicroBatcher<>("ddf-model", properties.modelThreads(), properties.maxBatch(), properties.maxDelay(),
                properties.queueCapacity(), DdfLabelService::encodeBatch);
    }

    ServedModel served() {
        ServedDdfModel served = current();
        var ref = served.model().reference();
        return new ServedModel(served.id(), served.version(), ref.links(), ref.windowMinutes() / 60,
                ref.clusters().k(), ref.clusters().threshold());
    }

    LabelResponse label(LabelRequest request) {
        ServedDdfModel served = current();
        PreparedWindows windows = reader.read(request, served.model());
        double[][] features = encodeAll(served.model(), windows.features());
        LabelledWindows labelled = served.model().label(features, windows.starts());
        List<WindowLabel> out = new ArrayList<>(features.length);
        for (int i = 0; i < features.length; i++) {
            var l = labelled.windows().get(i);
            out.add(new WindowLabel(i, windows.starts().get(i), windows.kinds().get(i).name(), l.label(), l.distance(),
                    l.score(), l.anomalous(), l.newPattern(), List.of(features[i][0], features[i][1], features[i][2],
                    features[i][3])));
        }
        return new LabelResponse(served.id(), served.version(), out, windows.skipped(), labelled.newPatterns().size());
    }

    /** The served model; 503 when none is active. */
    ServedDdfModel current() {
        return active.current().orElseThrow(() -> new ServiceUnavailableException(
                "no active DDF model: run a train-ddf job and activate its model", 10));
    }

    /** Score features of windows, computed on the model thread. */
    double[][] encodeAll(DdfModel model, List<float[]> features) {
        List<Encode> items = features.stream().map(f -> new Encode(model, f)).toList();
        try {
            return batcher.submit(items).get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .toArray(double[][]::new);
        } catch (RejectedExecutionException e) {
            throw new ServiceUnavailableException("too many label requests waiting; try again shortly", 1);
        } catch (TimeoutException e) {
            throw new ServiceUnavailableException("the model did not answer within " + properties.timeout(), 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted", 1);
        } catch (ExecutionException e) {
            throw new IllegalStateException("encoding failed", e.getCause());
        }
    }

    /** Runs on a model thread: encodes each run of items that share a model in one call. */
    private static List<double[]> encodeBatch(List<Encode> items) {
        List<double[]> out = new ArrayList<>(items.size());
        int from = 0;
        while (from < items.size()) {
            DdfModel model = items.get(from).model();
            int to = from;
            while (to < items.size() && items.get(to).model() == model) {
                to++;
            }
            int cc = items.get(from).features().length;
            float[] values = new float[(to - from) * cc];
            for (int i = from; i < to; i++) {
                System.arraycopy(items.get(i).features(), 0, values, (i - from) * cc, cc);
            }
            out.addAll(List.of(model.scoreFeatures(values, to - from)));
            from = to;
        }
        return out;
    }

    @Override
    public void close() {
        batcher.close();
    }
}
