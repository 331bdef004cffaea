package org.ddf.inference.ddf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ddf.api.flow.CorrelationWindow;
import org.ddf.api.flow.CounterTable;
import org.ddf.api.flow.LabelRequest;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.core.flow.Correlation;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.WindowKind;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.Windower;
import org.ddf.core.flow.pipeline.DdfModel;
import org.ddf.core.flow.pipeline.DdfReference;

/**
 * Checks a label request against the model it will meet and turns it into model input. Every problem names its
 * field, down to the row and column, and nothing reaches the model unchecked.
 */
final class LabelRequestReader {

    private static final double TOLERANCE = 1e-6;

    private final DdfInferenceProperties limits;

    LabelRequestReader(DdfInferenceProperties limits) {
        this.limits = limits;
    }

    PreparedWindows read(LabelRequest request, DdfModel model) {
        if (request == null || (request.counters() == null) == (request.matrices() == null)) {
            throw new InvalidRequestException("counters", "give exactly one of 'counters' (raw counters) or 'matrices'");
        }
        return request.counters() != null ? fromCounters(request.counters(), model) : fromMatrices(request.matrices(), model);
    }

    private PreparedWindows fromCounters(CounterTable table, DdfModel model) {
        DdfReference ref = model.reference();
        List<String> links = table.links();
        if (links.size() > limits.maxLinks()) {
            throw new InvalidRequestException("counters.links", "has " + links.size() + " links, at most " + limits.maxLinks());
        }
        if (links.size() != ref.channels()) {
            throw new InvalidRequestException("counters.links", "has " + links.size() + " links, the model was trained on "
                    + ref.channels());
        }
        for (int i = 0; i < links.size(); i++) {
            if (!ref.links().get(i).equals(links.get(i))) {
                throw new InvalidRequestException("counters.links[" + i + "]", "is '" + links.get(i)
                        + "', the model's link " + i + " is '" + ref.links().get(i) + "'");
            }
        }
        int rows = table.timestamps().size();
        if (table.values().size() != rows) {
            throw new InvalidRequestException("counters.values", "has " + table.values().size() + " rows for " + rows
                    + " timestamps");
        }
        Instant[] times = new Instant[rows];
        double[][] values = new double[rows][];
        for (int t = 0; t < rows; t++) {
            times[t] = table.timestamps().get(t);
            if (times[t] == null) {
                throw new InvalidRequestException("counters.timestamps[" + t + "]", "is null");
            }
            if (t > 0 && !times[t].isAfter(times[t - 1])) {
                throw new InvalidRequestException("counters.timestamps[" + t + "]", times[t] + " is not after "
                        + times[t - 1] + ": timestamps must be sorted and unique");
            }
            values[t] = row(table.values().get(t), t, links.size());
        }
        WindowSpec spec = ref.featureOptions().windowSpec();
        LinkCounters counters = new LinkCounters(links, times, values);
        List<TrafficWindow> windows = model.windows(counters);
        int touched = new Windower(new WindowSpec(spec.length(), spec.dayStart(), spec.zone(), 1e-9)).cut(counters).size();
        if (windows.isEmpty()) {
            throw new InvalidRequestException("counters.timestamps", "hold no complete window: a window is "
                    + spec.length().toHours() + " h of rows starting at " + spec.dayStart() + " or 12 h later ("
                    + spec.zone() + ")");
        }
        if (windows.size() > limits.maxWindows()) {
            throw new InvalidRequestException("counters", "holds " + windows.size() + " windows, at most "
                    + limits.maxWindows() + " per request");
        }
        FeatureBatch batch = model.features(windows);
        int cc = ref.channels() * ref.channels();
        List<float[]> features = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            float[] f = new float[cc];
            System.arraycopy(batch.values(), i * cc, f, 0, cc);
            features.add(f);
        }
        return new PreparedWindows(batch.starts(), batch.kinds(), features, touched - windows.size());
    }

    private static double[] row(List<Double> row, int t, int channels) {
        if (row == null || row.size() != channels) {
            throw new InvalidRequestException("counters.values[" + t + "]", "has " + (row == null ? 0 : row.size())
                    + " values, expected " + channels);
        }
        double[] out = new double[channels];
        for (int c = 0; c < channels; c++) {
            Double v = row.get(c);
            if (v != null && !Double.isFinite(v)) {
                throw new InvalidRequestException("counters.values[" + t + "][" + c + "]", "is " + v
                        + "; counters must be finite (null marks a missing value)");
            }
            out[c] = v == null ? Double.NaN : v;
        }
        return out;
    }

    private PreparedWindows fromMatrices(List<CorrelationWindow> windows, DdfModel model) {
        if (windows.isEmpty()) {
            throw new InvalidRequestException("matrices", "is empty");
        }
        if (windows.size() > limits.maxWindows()) {
            throw new InvalidRequestException("matrices", "holds " + windows.size() + " windows, at most "
                    + limits.maxWindows() + " per request");
        }
        DdfReference ref = model.reference();
        WindowSpec spec = ref.featureOptions().windowSpec();
        int c = ref.channels();
        List<Instant> starts = new ArrayList<>();
        List<WindowKind> kinds = new ArrayList<>();
        List<float[]> features = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            CorrelationWindow w = windows.get(i);
            String field = "matrices[" + i + "]";
            if (w == null || w.start() == null) {
                throw new InvalidRequestException(field + ".start", "is required");
            }
            List<List<Double>> m = w.matrix();
            if (m == null || m.size() != c) {
                throw new InvalidRequestException(field + ".matrix", "has " + (m == null ? 0 : m.size())
                        + " rows, the model was trained on " + c + " links");
            }
            float[] f = new float[c * c];
            for (int r = 0; r < c; r++) {
                List<Double> row = m.get(r);
                if (row == null || row.size() != c) {
                    throw new InvalidRequestException(field + ".matrix[" + r + "]", "has " + (row == null ? 0 : row.size())
                            + " values, expected " + c);
                }
                for (int k = 0; k < c; k++) {
                    Double v = row.get(k);
                    if (v == null || !Double.isFinite(v) || Math.abs(v) > 1 + TOLERANCE) {
                        throw new InvalidRequestException(field + ".matrix[" + r + "][" + k + "]", "is " + v
                                + ", a correlation must be a number in [-1, 1]");
                    }
                    double x = ref.rounded() ? Correlation.round2(v) : v;
                    f[r * c + k] = (float) ((Math.max(-1, Math.min(1, x)) + 1) / 2);
                }
            }
            starts.add(w.start());
            kinds.add(spec.kindAt(w.start()));
            features.add(f);
        }
        return new PreparedWindows(starts, kinds, features, 0);
    }
}
