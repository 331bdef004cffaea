package org.ddf.training.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.SampleInterval;
import org.ddf.core.io.InvalidDataException;
import org.ddf.core.io.LinkCountersFormat;
import org.ddf.core.io.LinkCountersReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Link-counter data sets: wide CSV, long CSV or JSON, read with ddf-core's readers (uploads and training jobs). */
@Component
public class LinkCountersInspector implements DatasetInspector {

    @Override
    public DatasetKind kind() {
        return DatasetKind.LINK_COUNTERS;
    }

    @Override
    public Set<String> formats() {
        return Arrays.stream(LinkCountersFormat.values()).map(LinkCountersFormat::apiName).collect(Collectors.toSet());
    }

    @Override
    public JsonNode inspect(String format, Path file) throws IOException {
        LinkCounters counters = read(format, file);
        ObjectNode shape = JsonNodeFactory.instance.objectNode();
        shape.put("rows", counters.rows());
        shape.put("links", counters.channels());
        shape.put("from", counters.timestamps()[0].toString());
        shape.put("to", counters.timestamps()[counters.rows() - 1].toString());
        shape.put("intervalSeconds", SampleInterval.of(counters.timestamps()).getSeconds());
        return shape;
    }

    /** Reads a stored or spooled link-counter file in the given upload format. */
    public static LinkCounters read(String format, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(format, in);
        }
    }

    /** Reads link counters in the given upload format, mapping bad data to a 400 naming its location. */
    public static LinkCounters read(String format, InputStream in) throws IOException {
        LinkCountersFormat f;
        try {
            f = LinkCountersFormat.ofApiName(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("format", e.getMessage());
        }
        try {
            LinkCounters counters = LinkCountersReader.of(f).read(in);
            if (counters.rows() < 2) {
                throw new InvalidRequestException("body", "needs at least two rows of counters");
            }
            return counters;
        } catch (InvalidDataException e) {
            throw new InvalidRequestException("body", e.location() + ": " + e.problem(), e);
        }
    }
}
