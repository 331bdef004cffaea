package org.ddf.core.flow.pipeline;

import org.ddf.core.flow.cluster.ClusterModelJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stored {@link DdfReference} (JSON, as the model store keeps it), including one stored by an earlier
 * version whose clusters lack later fields: those get their defaults ({@link ClusterModelJson#addMissingFields}), so
 * models trained before an upgrade keep loading in every service.
 */
public final class DdfReferenceJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DdfReferenceJson() {
    }

    /**
     * The reference held by a JSON document.
     *
     * @param reference the stored document (not changed)
     * @throws tools.jackson.core.JacksonException when it is not a valid reference
     */
    public static DdfReference read(JsonNode reference) {
        JsonNode tree = reference.deepCopy();
        if (tree.get("clusters") instanceof ObjectNode clusters) {
            ClusterModelJson.addMissingFields(clusters);
        }
        return MAPPER.treeToValue(tree, DdfReference.class);
    }
}
