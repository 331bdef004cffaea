package org.ddf.cli.http;

import java.time.Instant;
import java.util.Arrays;
import org.ddf.core.flow.LinkCounters;
import tools.jackson.databind.node.ObjectNode;

/** Builds {@code POST /api/v1/ddf/labels} bodies from raw counters. */
public final class LabelRequests {

    private LabelRequests() {
    }

    /** A request with {@code rows} rows of counters starting at row {@code from}. */
    public static ObjectNode counters(LinkCounters counters, int from, int rows) {
        var json = JsonHttp.json();
        ObjectNode table = json.createObjectNode();
        table.set("links", json.valueToTree(counters.links()));
        table.set("timestamps", json.valueToTree(Arrays.stream(counters.timestamps(), from, from + rows)
                .map(Instant::toString).toList()));
        table.set("values", json.valueToTree(Arrays.copyOfRange(counters.values(), from, from + rows)));
        ObjectNode request = json.createObjectNode();
        request.set("counters", table);
        return request;
    }
}
