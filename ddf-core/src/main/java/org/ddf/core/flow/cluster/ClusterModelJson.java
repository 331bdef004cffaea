package org.ddf.core.flow.cluster;

import tools.jackson.databind.json.JsonMapper;

/** Reads and writes a {@link ClusterModel} as JSON with Jackson 3; reading re-runs the model's own checks. */
public final class ClusterModelJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ClusterModelJson() {
    }

    /** The model as a JSON document. */
    public static String write(ClusterModel model) {
        return MAPPER.writeValueAsString(model);
    }

    /**
     * A model from a JSON document written by {@link #write}.
     *
     * @throws tools.jackson.core.JacksonException when the document is not a valid model
     */
    public static ClusterModel read(String json) {
        return MAPPER.readValue(json, ClusterModel.class);
    }
}
