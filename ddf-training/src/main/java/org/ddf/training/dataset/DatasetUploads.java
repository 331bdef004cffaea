package org.ddf.training.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.dataset.Dataset;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.dataset.NewDataset;
import org.ddf.api.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * Takes an upload: spools the body to a temporary file (counting bytes against the limit, so a large upload is
 * never held in the heap), lets the inspector of its kind read it all, and only then stores it. A bad or
 * oversized file leaves nothing behind.
 */
@Service
public class DatasetUploads {

    private final DatasetStore store;
    private final Map<DatasetKind, DatasetInspector> inspectors;
    private final long maxBytes;

    DatasetUploads(DatasetStore store, List<DatasetInspector> inspectors,
                   @Value("${ddf.datasets.max-size:1GB}") DataSize maxSize) {
        this.store = store;
        this.inspectors = inspectors.stream().collect(Collectors.toMap(DatasetInspector::kind, Function.identity()));
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Checks and stores one upload.
     *
     * @param kind the data-set kind
     * @param name a name for people
     * @param format the file layout, one the kind's inspector accepts
     * @param body the request body
     * @return the stored data set
     */
    public Dataset upload(DatasetKind kind, String name, String format, InputStream body) throws IOException {
        DatasetInspector inspector = inspectors.get(kind);
        if (inspector == null) {
            throw new InvalidRequestException("kind", "no reader for '" + kind.value() + "' data sets yet; accepted: "
                    + inspectors.keySet().stream().map(DatasetKind::value).collect(Collectors.toCollection(TreeSet::new)));
        }
        if (!inspector.formats().contains(format)) {
            throw new InvalidRequestException("format", "must be one of " + new TreeSet<>(inspector.formats())
                    + " for " + kind.value() + ", was '" + format + "'");
        }
        Path file = Files.createTempFile("ddf-upload-", ".part");
        try {
            spool(body, file);
            if (Files.size(file) == 0) {
                throw new InvalidRequestException("body", "is empty");
            }
            JsonNode shape = inspector.inspect(format, file);
            try (InputStream in = Files.newInputStream(file)) {
                return store.create(new NewDataset(kind, name, format, shape), in);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void spool(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = body.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
    }
}
